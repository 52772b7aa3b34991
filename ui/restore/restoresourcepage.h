#pragma once
// The wizard's first page: what to restore. The kind (whole snapshot, point in time,
// download, databases/collections), the snapshot, the moment for a point-in-time
// restore (a date-time to the minute or an oplog timestamp and increment, bounded to
// the window and outside any blackout, on a small timeline), and for a collection
// restore the namespaces (a tree read from the snapshot plus a list-entry box), the
// write and index strategies, renames and suffixes.
#include "domain/restore.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeView;

namespace lifeboat::itemmodels {
class NamespaceTreeModel;
}

namespace lifeboat::ui {

class PitTimeline;
class RestoreWizard;

class RestoreSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreSourcePage(RestoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QRadioButton *kindButton(domain::RestoreKind kind) const;
    QComboBox *snapshotBox() const { return m_snapshot; }
    QDateTimeEdit *pitEdit() const { return m_pitTime; }
    QRadioButton *pitByTime() const { return m_byTime; }
    QRadioButton *pitByOplog() const { return m_byOplog; }
    QSpinBox *oplogTs() const { return m_oplogTs; }
    QSpinBox *oplogInc() const { return m_oplogInc; }
    PitTimeline *timeline() const { return m_timeline; }
    QTreeView *namespaceTree() const { return m_tree; }
    itemmodels::NamespaceTreeModel *namespaceModel() const { return m_namespaces; }
    QLineEdit *namespaceEntry() const { return m_entry; }
    QComboBox *writeStrategyBox() const { return m_write; }
    QComboBox *indexStrategyBox() const { return m_index; }
    QLineEdit *renamesEdit() const { return m_renames; }
    QLabel *findingsLabel() const { return m_findings; }
    bool namespacesLoaded() const { return m_namespacesLoaded; }
    // Source-level findings of the plan as it stands (what the page shows under it).
    domain::Findings findings() const { return m_current; }

private:
    QWidget *buildPitBox();
    QWidget *buildCollectionsBox();
    void fillSnapshots();
    void setKind(domain::RestoreKind kind);
    void updatePlan();
    void loadNamespaces();
    void onPitTimeChanged();

    RestoreWizard *m_wizard;
    QButtonGroup *m_kinds;
    QComboBox *m_snapshot;
    QLabel *m_snapshotLabel;
    QGroupBox *m_pitBox;
    QRadioButton *m_byTime, *m_byOplog;
    QDateTimeEdit *m_pitTime;
    QSpinBox *m_oplogTs, *m_oplogInc;
    PitTimeline *m_timeline;
    QGroupBox *m_collectionsBox;
    QTreeView *m_tree;
    itemmodels::NamespaceTreeModel *m_namespaces;
    QLabel *m_namespaceStatus;
    QLineEdit *m_entry;
    QComboBox *m_write, *m_index;
    QLineEdit *m_renames, *m_dbSuffix, *m_collSuffix;
    QLabel *m_findings;
    domain::Findings m_current;
    QString m_namespacesFor;  // snapshot id whose namespaces are loaded or loading
    quint64 m_namespaceJob = 0;
    bool m_namespacesLoaded = false;
    bool m_updating = false;
};

}  // namespace lifeboat::ui
