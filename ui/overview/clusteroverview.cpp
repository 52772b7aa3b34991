#include "overview/clusteroverview.h"

#include "domain/health.h"
#include "domain/nextsnapshot.h"
#include "domain/pitwindow.h"
#include "domain/policy.h"
#include "itemmodels/healthtext.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshotformat.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lifeboat::ui {

using itemmodels::NavigatorModel;

static QString utc(const QDateTime &t)
{
    return t.isValid() ? itemmodels::formatUtc(t) : ClusterOverview::tr("unknown");
}

static QString bytes(qint64 n)
{
    return itemmodels::formatSize(n);  // IEC ("64.4 GiB"), as everywhere else
}

// A restore job in words: when, to where, how, and how it ended.
static QString restoreText(const domain::RestoreJob &j, const QString &thisGroupId,
                           const QHash<QString, QString> &projectNames)
{
    using domain::DeliveryType;
    QString how;
    switch (j.deliveryType.value) {
    case DeliveryType::Automated: how = ClusterOverview::tr("restore of a snapshot"); break;
    case DeliveryType::PointInTime: how = ClusterOverview::tr("point-in-time restore"); break;
    case DeliveryType::Download: how = ClusterOverview::tr("download"); break;
    case DeliveryType::Unknown:
        how = j.deliveryType.raw.isEmpty() ? ClusterOverview::tr("restore") : j.deliveryType.raw;
        break;
    }
    const QString outcome = j.isRunning() ? ClusterOverview::tr("running")
                            : j.cancelled ? ClusterOverview::tr("cancelled")
                            : j.failed    ? ClusterOverview::tr("failed")
                            : j.expired   ? ClusterOverview::tr("expired")
                                          : ClusterOverview::tr("finished");
    QString target;
    if (j.deliveryType.value == DeliveryType::Download)
        target = ClusterOverview::tr("as a download");
    else if (!j.targetClusterName.isEmpty())
        target = j.targetGroupId.isEmpty() || j.targetGroupId == thisGroupId
                     ? ClusterOverview::tr("to %1").arg(j.targetClusterName.toHtmlEscaped())
                     : ClusterOverview::tr("to %1 in project %2")
                           .arg(j.targetClusterName.toHtmlEscaped(),
                                projectNames.value(j.targetGroupId, j.targetGroupId).toHtmlEscaped());
    else
        target = ClusterOverview::tr("to an unnamed target");
    return ClusterOverview::tr("Last restore: %1, %2 %3 — %4.").arg(utc(j.timestamp), how, target, outcome);
}

// A Flex restore job in words: when, to where, and its status word.
static QString flexRestoreText(const domain::FlexRestoreJob &j, const QString &thisGroupId,
                               const QHash<QString, QString> &projectNames)
{
    using domain::FlexJobStatus;
    QString outcome;
    switch (j.status.value) {
    case FlexJobStatus::Pending: outcome = ClusterOverview::tr("pending"); break;
    case FlexJobStatus::Queued: outcome = ClusterOverview::tr("queued"); break;
    case FlexJobStatus::Running: outcome = ClusterOverview::tr("running"); break;
    case FlexJobStatus::Failed: outcome = ClusterOverview::tr("failed"); break;
    case FlexJobStatus::Completed: outcome = ClusterOverview::tr("finished"); break;
    case FlexJobStatus::Unknown:
        outcome = j.status.raw.isEmpty() ? ClusterOverview::tr("status unknown") : j.status.raw.toHtmlEscaped();
        break;
    }
    QString target;
    if (j.isDownload())
        target = ClusterOverview::tr("as a download");
    else if (!j.targetDeploymentItemName.isEmpty())
        target = j.targetProjectId.isEmpty() || j.targetProjectId == thisGroupId
                     ? ClusterOverview::tr("to %1").arg(j.targetDeploymentItemName.toHtmlEscaped())
                     : ClusterOverview::tr("to %1 in project %2")
                           .arg(j.targetDeploymentItemName.toHtmlEscaped(),
                                projectNames.value(j.targetProjectId, j.targetProjectId).toHtmlEscaped());
    else
        target = ClusterOverview::tr("to an unnamed target");
    const QString how = j.isDownload() ? ClusterOverview::tr("download") : ClusterOverview::tr("restore of a snapshot");
    return ClusterOverview::tr("Last restore: %1, %2 %3 — %4.").arg(utc(j.restoreScheduledDate), how, target, outcome);
}

static QString flexRestoresText(const QList<domain::FlexRestoreJob> &jobs, const QString &groupId,
                                const QHash<QString, QString> &projectNames)
{
    int running = 0;
    const domain::FlexRestoreJob *last = nullptr;
    for (const auto &j : jobs) {
        if (j.isRunning()) ++running;
        if (!last || j.restoreScheduledDate > last->restoreScheduledDate) last = &j;
    }
    QString out;
    if (running) out = ClusterOverview::tr("%n restore(s) running now.", nullptr, running) + u' ';
    out += last ? flexRestoreText(*last, groupId, projectNames) : ClusterOverview::tr("No restore in the history.");
    return out;
}

static QString restoresText(const QList<domain::RestoreJob> &jobs, const QString &groupId,
                            const QHash<QString, QString> &projectNames)
{
    int running = 0;
    const domain::RestoreJob *last = nullptr;
    for (const auto &j : jobs) {
        if (j.isRunning()) ++running;
        if (!last || j.timestamp > last->timestamp) last = &j;
    }
    QString out;
    if (running) out = ClusterOverview::tr("%n restore(s) running now.", nullptr, running) + u' ';
    out += last ? restoreText(*last, groupId, projectNames) : ClusterOverview::tr("No restore in the history.");
    return out;
}

QString mongodumpCommands(const QString &clusterName, const QString &srv)
{
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QString host = srv.section(QStringLiteral("://"), 1).section(u'/', 0, 0);
    if (host.isEmpty()) host = QStringLiteral("%1.HOST.mongodb.net").arg(clusterName);
    return QStringLiteral("mongodump --uri \"mongodb+srv://USER@%1/\" --archive=%2-%3.archive --gzip\n"
                          "mongorestore --uri \"mongodb+srv://USER@TARGET-HOST/\" --archive=%2-%3.archive --gzip")
        .arg(host, clusterName, date);
}

ClusterOverview::ClusterOverview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterOverview"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(18, 14, 18, 14);
    v->setSpacing(10);
    m_title = new QLabel(content);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle = new QLabel(content);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_title);
    v->addWidget(m_subtitle);

    auto *healthBox = new QFrame(content);
    healthBox->setObjectName(QStringLiteral("healthBox"));
    healthBox->setFrameShape(QFrame::StyledPanel);
    auto *h = new QHBoxLayout(healthBox);
    m_healthIcon = new QLabel(healthBox);
    m_healthIcon->setFixedSize(28, 28);
    m_health = new QLabel(healthBox);
    m_health->setObjectName(QStringLiteral("healthText"));
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    h->addWidget(m_healthIcon, 0, Qt::AlignTop);
    h->addWidget(m_health, 1);
    v->addWidget(healthBox);

    m_sections = new QVBoxLayout;
    m_sections->setSpacing(12);
    v->addLayout(m_sections);
    v->addStretch(1);
    clear();
}

void ClusterOverview::setProjectNames(const QHash<QString, QString> &namesById)
{
    m_projectNames = namesById;
}

QString ClusterOverview::healthText() const
{
    return m_health->text();
}

void ClusterOverview::clear()
{
    m_title->setText(tr("No cluster selected"));
    m_subtitle->setText(tr("Pick a cluster in the navigator to see its backup health."));
    m_health->clear();
    m_healthIcon->clear();
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ClusterOverview::addSection(const QString &title, const QString &html)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    auto *t = new QLabel(title, box);
    QFont f = t->font();
    f.setBold(true);
    t->setFont(f);
    auto *body = new QLabel(html, box);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(t);
    v->addWidget(body);
    m_sections->addWidget(box);
}

void ClusterOverview::setDetail(const jobs::ClusterDetail &d, bool underCompliancePolicy, const QDateTime &now)
{
    clear();
    const domain::Cluster &c = d.cluster;
    m_title->setText(d.clusterName);
    auto setHealth = [this](const QString &icon, const QString &text) {
        m_healthIcon->setPixmap(QIcon(icon).pixmap(28, 28));
        m_health->setText(text);
    };

    if (d.isFlex) {
        const auto &f = d.flex;
        m_subtitle->setText(tr("Flex cluster · %1 · MongoDB %2")
                                .arg(f ? itemmodels::placeName(f->backingProviderName, f->regionName) : QString(),
                                     f ? f->mongoDBVersion : c.mongoDBVersion));
        QDateTime last;
        for (const auto &s : d.flexSnapshots)
            if (s.status.value == domain::FlexJobStatus::Completed && (!last.isValid() || s.finishTime > last))
                last = s.finishTime.isValid() ? s.finishTime : s.scheduledTime;
        const auto flexHealth =
            domain::backupHealth(domain::healthFacts(*f, d.flexSnapshots, d.flexRestoreJobs, true), now);
        if (last.isValid() && !flexHealth.has(domain::HealthReason::Late))
            setHealth(QStringLiteral(":/icons/ok.svg"), tr("Last good snapshot %1 ago (%2). Flex takes one a day.")
                                                            .arg(NavigatorModel::ageText(last, now), utc(last)));
        else if (last.isValid())
            setHealth(QStringLiteral(":/icons/warning.svg"),
                      tr("The last good snapshot is %1 old (%2); Flex should take one a day.")
                          .arg(NavigatorModel::ageText(last, now), utc(last)));
        else
            setHealth(QStringLiteral(":/icons/warning.svg"),
                      tr("No completed snapshot yet. Flex takes the first one a day after the cluster is created."));
        addSection(
            tr("Automatic daily snapshots"),
            tr("Flex clusters take one snapshot a day, at the time of day the cluster was created, and keep the "
               "last 8. There is no custom policy, no on-demand snapshot, no point-in-time restore and no export. "
               "A Flex snapshot restores to a Flex cluster or to an M10+ cluster."));
        addSection(tr("Snapshots"), tr("%n snapshot(s) kept.", nullptr, int(d.flexSnapshots.size())));
        addSection(tr("Restores"), flexRestoresText(d.flexRestoreJobs, d.groupId, m_projectNames));
        return;
    }

    const QString provider = c.providerName == u"TENANT" ? c.backingProviderName : c.providerName;
    QStringList facts{c.instanceSize, itemmodels::placeName(provider, c.regionName),
                      tr("MongoDB %1").arg(c.mongoDBVersion)};
    facts << (c.isSharded()
                  ? (c.configServerType.isEmpty() ? tr("sharded, %n shard(s)", nullptr, c.shardCount)
                                                  : tr("sharded, %n shard(s), %1", nullptr, c.shardCount)
                                                        .arg(itemmodels::configServerText(c.configServerType)))
                  : tr("replica set"));
    if (!c.encryptionAtRestProvider.isEmpty() && c.encryptionAtRestProvider != u"NONE")
        facts << tr("encrypted at rest with %1").arg(itemmodels::keyProviderName(c.encryptionAtRestProvider));
    if (c.featureCompatibilityVersionExpirationDate.isValid())
        facts << tr("FCV pinned to %1 until %2")
                     .arg(c.featureCompatibilityVersion,
                          QLocale().toString(c.featureCompatibilityVersionExpirationDate.date(), QLocale::ShortFormat));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    if (c.isFreeTier()) {
        setHealth(
            QStringLiteral(":/icons/warning.svg"),
            tr("Free clusters (M0) have no cloud backup: nothing protects this data unless you copy it yourself."));
        addSection(
            tr("Back it up by hand"),
            tr("Dump it with the MongoDB Database Tools and keep the archive somewhere safe; restore it into "
               "another cluster with mongorestore. Replace USER with a database user and TARGET-HOST with "
               "the cluster to restore into:") +
                QStringLiteral("<pre>%1</pre>").arg(mongodumpCommands(d.clusterName, c.standardSrv).toHtmlEscaped()));
        addSection(tr("Or move to a tier with backup"), tr("Flex clusters take a daily snapshot; M10 and larger have "
                                                           "scheduled snapshots, point-in-time restore and export."));
        return;
    }
    if (!c.backupEnabled) {
        setHealth(QStringLiteral(":/icons/warning.svg"),
                  tr("Cloud Backup is turned off for this cluster: no new snapshots are taken."));
        addSection(
            tr("Turn backup on"),
            tr("In the Atlas UI, open the cluster, choose <i>Edit Configuration</i>, switch on <i>Cloud Backup</i> "
               "under <i>Additional Settings</i> and apply the change. With the Atlas CLI: "
               "<code>atlas clusters update %1 --backup</code>. Atlas then takes snapshots on the project's default "
               "policy; a project role of Project Owner or Project Cluster Manager is needed.")
                .arg(d.clusterName.toHtmlEscaped()));
    }

    QDateTime lastGood, newest;
    qint64 storage = 0;
    int failed = 0, fallback = 0;
    for (const auto &s : d.snapshots) {
        if (s.status.value == domain::SnapshotStatus::Completed) {
            storage += s.storageSizeBytes;
            if (!lastGood.isValid() || s.createdAt > lastGood) lastGood = s.createdAt;
        }
        if (s.status.value == domain::SnapshotStatus::Failed) ++failed;
        if (s.snapshotType.value == domain::SnapshotType::Fallback) ++fallback;
        if (!newest.isValid() || s.createdAt > newest) newest = s.createdAt;
    }
    const qint64 promised = d.schedule ? domain::promisedIntervalSeconds(d.schedule->allItems()) : 0;
    const auto health = domain::backupHealth(domain::healthFacts(c, d.snapshots, d.schedule, d.restoreJobs, true), now);
    if (c.backupEnabled) {
        if (health.has(domain::HealthReason::NoCompletedSnapshot)) {
            setHealth(QStringLiteral(":/icons/error.svg"),
                      tr("No completed snapshot: there is nothing to restore from yet."));
        } else if (health.has(domain::HealthReason::Late)) {
            setHealth(QStringLiteral(":/icons/warning.svg"),
                      tr("Late: the last good snapshot is %1 old (%2), but the schedule promises one every %3.")
                          .arg(NavigatorModel::ageText(lastGood, now), utc(lastGood),
                               NavigatorModel::ageText(now.addSecs(-promised), now)));
        } else {
            setHealth(QStringLiteral(":/icons/ok.svg"),
                      tr("On schedule: last good snapshot %1 ago (%2)%3.")
                          .arg(NavigatorModel::ageText(lastGood, now), utc(lastGood),
                               promised > 0 ? tr("; the schedule promises one every %1")
                                                  .arg(NavigatorModel::ageText(now.addSecs(-promised), now))
                                            : QString()));
        }
    }
    // The rule's other findings (a failed or fallback newest snapshot, a failed restore) in words,
    // and the icon of the state the rule gives.
    QStringList moreFindings;
    for (const auto &finding : health.findings)
        if (finding.reason != domain::HealthReason::Late &&
            finding.reason != domain::HealthReason::NoCompletedSnapshot &&
            finding.reason != domain::HealthReason::BackupOff)
            moreFindings << itemmodels::HealthText::finding(finding);
    if (!moreFindings.isEmpty())
        setHealth(health.state == domain::HealthState::Critical ? QStringLiteral(":/icons/error.svg")
                                                                : QStringLiteral(":/icons/warning.svg"),
                  m_health->text() + QLatin1Char(' ') + moreFindings.join(QLatin1Char(' ')));

    if (d.schedule) {
        const auto &s = *d.schedule;
        const domain::NextSnapshot nextRun =
            domain::nextScheduledSnapshot(c.backupEnabled, d.schedule, d.snapshots, now);
        const QDateTime next = nextRun.state == domain::NextSnapshot::State::Scheduled ? nextRun.at : QDateTime();
        QStringList lines;
        for (const auto &i : s.allItems()) lines << itemmodels::policyItemText(i).toHtmlEscaped();
        QString html = tr("Snapshot time %1:%2 UTC.")
                           .arg(s.referenceHourOfDay, 2, 10, QLatin1Char('0'))
                           .arg(s.referenceMinuteOfHour, 2, 10, QLatin1Char('0'));
        if (c.backupEnabled && next.isValid())
            html +=
                QLatin1Char(' ') + tr("Next snapshot: %1 (in %2).").arg(utc(next), NavigatorModel::ageText(now, next));
        if (nextRun.state == domain::NextSnapshot::State::InProgress)
            html += QLatin1Char(' ') + tr("A snapshot is being taken now (started %1).").arg(utc(nextRun.at));
        if (!lines.isEmpty())
            html += QStringLiteral("<ul style='margin-left:-20px'><li>%1</li></ul>")
                        .arg(lines.join(QStringLiteral("</li><li>")));
        else if (c.backupEnabled)
            html += u' ' + tr("The schedule has no policy items: no snapshot is taken on a schedule.");
        if (!s.copySettings.isEmpty()) {
            QStringList regions;
            for (const auto &cs : s.copySettings) regions << itemmodels::placeName(cs.cloudProvider, cs.regionName);
            html += tr("Copies to: %1.").arg(regions.join(QStringLiteral(", ")));
        }
        addSection(tr("Backup policy"), html);
    }

    if (c.pitEnabled) {
        const int days = d.schedule ? d.schedule->restoreWindowDays : 0;
        const auto window = domain::pitWindow(c, d.schedule, d.snapshots, now);
        addSection(
            tr("Point-in-time restore"),
            window
                ? tr("Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).",
                     nullptr, days)
                      .arg(utc(window->from))
                : tr("Continuous Cloud Backup is on."));
    } else {
        addSection(tr("Point-in-time restore"), tr("Off: restores go to a snapshot's moment only."));
    }

    QString snaps = tr("%n snapshot(s), %1 stored.", nullptr, int(d.snapshots.size())).arg(bytes(storage));
    if (failed) snaps += QLatin1Char(' ') + tr("%n failed.", nullptr, failed);
    if (fallback)
        snaps += QLatin1Char(' ') +
                 tr("%n fallback snapshot(s) (may be inconsistent; not usable for export or collection restore).",
                    nullptr, fallback);
    addSection(tr("Snapshots and storage"), snaps);

    addSection(tr("Restores"), restoresText(d.restoreJobs, d.groupId, m_projectNames));
    if (underCompliancePolicy)
        addSection(
            tr("Backup Compliance Policy"),
            tr("This project is under a Backup Compliance Policy: snapshots cannot be deleted, retention cannot be "
               "shortened and backup cannot be turned off."));
    if (d.syncedAt.isValid())
        addSection(tr("Data"),
                   d.syncedAt.secsTo(now) < 120
                       ? tr("Synced just now (%1).").arg(utc(d.syncedAt))
                       : tr("Synced %1 ago (%2).").arg(NavigatorModel::ageText(d.syncedAt, now), utc(d.syncedAt)));
}

}  // namespace lifeboat::ui
