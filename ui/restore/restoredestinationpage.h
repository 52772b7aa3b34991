#pragma once
// The wizard's target page: every cluster of every project the profile sees, in a
// searchable table, each marked allowed or refused with its first reason by the
// domain's target rules (DestinationModel marks them in slices); the source cluster
// is labelled. Only an allowed cluster can be picked.
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat::itemmodels {
class DestinationModel;
}

namespace lifeboat::ui {

class RestoreWizard;

class RestoreDestinationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreDestinationPage(RestoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    itemmodels::DestinationModel *model() const { return m_model; }
    QLabel *reasonLabel() const { return m_reason; }
    // Picks the candidate (as a click on its row would); false when it is not shown.
    bool selectTarget(const QString &groupId, const QString &clusterName);

private:
    void onCurrentChanged();
    void updateStatus();
    bool currentIsAllowed() const;
    // Emits completeChanged only when isComplete() would answer otherwise than it last did.
    void announceComplete();

    RestoreWizard *m_wizard;
    itemmodels::DestinationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_reason;
    mutable bool m_announcedComplete = false;  // what isComplete() last answered or completeChanged implied
};

}  // namespace lifeboat::ui
