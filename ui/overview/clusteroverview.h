#pragma once
// A cluster's backup health in words: last good snapshot against what the schedule
// promises, next snapshot, point-in-time window, policy, storage, restores.
// M0 and Flex get what applies to them instead.
#include "jobs/estate.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace lifeboat::ui {

class ClusterOverview : public QWidget {
    Q_OBJECT
public:
    explicit ClusterOverview(QWidget *parent = nullptr);

    void setDetail(const jobs::ClusterDetail &detail, bool underCompliancePolicy, const QDateTime &now);
    void clear();
    // Project names by id, so a restore into another project names it.
    void setProjectNames(const QHash<QString, QString> &namesById);

    // The health sentence shown at the top (for tests and accessibility).
    QString healthText() const;

private:
    void addSection(const QString &title, const QString &html);
    QVBoxLayout *m_sections;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_healthIcon;
    QLabel *m_health;
    QHash<QString, QString> m_projectNames;
};

// The commands to back up and restore a free (M0) cluster by hand; `srv` is its
// mongodb+srv:// connection string when known.
QString mongodumpCommands(const QString &clusterName, const QString &srv);

}  // namespace lifeboat::ui
