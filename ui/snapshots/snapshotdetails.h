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

class SnapshotDetails : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotDetails(QWidget *parent = nullptr);

    void showSnapshot(const domain::Snapshot &snapshot);
    void clear();
    QString shownId() const { return m_shownId; }
    QString valueText(const QString &field) const;  // for tests: the text shown for a field ("Id", ...)

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const QString &label);
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
};

}  // namespace lifeboat::ui
