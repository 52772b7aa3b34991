#pragma once
// Everything known about one snapshot, as label/value rows, plus the members of a
// sharded cluster snapshot. Values are selectable so ids can be copied.
#include "domain/types.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;
class QStackedWidget;

namespace lifeboat::ui {

class SnapshotDetails : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotDetails(QWidget *parent = nullptr);

    void showSnapshot(const domain::Snapshot &snapshot);
    // What the cluster's snapshots are read against: its encryption-at-rest provider
    // ("AWS", "AZURE", "GCP", "NONE") and its schedule's policy items (ids -> words).
    void setClusterContext(const QString &encryptionAtRestProvider, const QList<domain::PolicyItem> &policyItems);
    void clear();
    QString shownId() const { return m_shownId; }
    // For tests: the text shown for a field, by its key ("Id", "Created", "EncryptionKey", "PolicyItems", ...).
    QString valueText(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const QString &key, const QString &label);
    void updateWarningColour();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_warning = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QPair<QString, QLabel *>> m_values;
    QLabel *m_membersTitle = nullptr;
    QTableWidget *m_members = nullptr;
    QString m_shownId;
    int m_warningKind = -1;
    QString m_earProvider;
    QList<domain::PolicyItem> m_policyItems;
};

}  // namespace lifeboat::ui
