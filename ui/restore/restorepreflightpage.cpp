#include "restore/restorepreflightpage.h"

#include "itemmodels/restoreformat.h"
#include "restore/restorejobs.h"
#include "restore/restorewizard.h"
#include "restore/wrappingdelegate.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

RestorePreflightPage::RestorePreflightPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("restorePreflightPage"));
    setTitle(tr("Pre-flight check"));
    setSubTitle(tr("Lifeboat reads the snapshot, the target and what runs on it from the server and checks every "
                   "rule before anything is sent."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("preflightStatus"));
    m_status->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("preflightFindings"));
    m_list->setAccessibleName(tr("Pre-flight findings"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Severity"), tr("Finding"), tr("What to do")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_list->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    connect(m_wizard->jobs(), &RestoreJobs::validated, this, [this](quint64 id, const jobs::RestoreValidation &v) {
        if (id != m_job) return;
        m_job = 0;
        show(v);
    });
    connect(m_wizard->jobs(), &RestoreJobs::validationFailed, this, [this](quint64 id, const QString &message) {
        if (id != m_job) return;
        m_job = 0;
        m_done = false;
        m_status->setText(
            tr("<b>The check could not be run:</b> %1 Go Back and Next to try again.").arg(message.toHtmlEscaped()));
        emit completeChanged();
    });
}

void RestorePreflightPage::initializePage()
{
    m_list->clear();
    m_done = false;
    m_validation = {};
    m_status->setText(tr("Checking with the server…"));
    m_job = m_wizard->jobs()->validate(m_wizard->plan());
    emit completeChanged();
}

void RestorePreflightPage::cleanupPage()
{
    m_job = 0;  // Back: an answer still on its way is dropped
    m_done = false;
}

void RestorePreflightPage::show(const jobs::RestoreValidation &v)
{
    m_validation = v;
    m_done = true;
    m_list->clear();
    int refusals = 0, warnings = 0;
    for (const Finding &f : v.findings) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, QIcon(itemmodels::severityIconPath(f.severity)));
        item->setText(0, itemmodels::severityText(f.severity));
        item->setText(1, f.message);
        item->setText(2, f.fix);
        item->setToolTip(1, f.message);
        item->setToolTip(2, f.fix);
        item->setData(0, Qt::UserRole, f.code);
        refusals += f.severity == Severity::Refuse;
        warnings += f.severity == Severity::Warn;
    }
    if (!v.allowed)
        m_status->setText(tr("<b>Refused:</b> %n rule(s) forbid this restore. Nothing was sent; change the source "
                             "or the target.",
                             nullptr, qMax(1, refusals)));
    else if (warnings)
        m_status->setText(tr("Allowed, with %n warning(s). Read them before you go on.", nullptr, warnings));
    else
        m_status->setText(tr("Allowed: every rule Lifeboat knows is met."));
    if (v.findings.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, QIcon(itemmodels::severityIconPath(Severity::Info)));
        item->setText(0, itemmodels::severityText(Severity::Info));
        item->setText(1, tr("No rule stands in the way."));
    }
    emit completeChanged();
}

bool RestorePreflightPage::isComplete() const
{
    return m_done && m_validation.allowed && !isRefused(m_validation.findings);
}

}  // namespace lifeboat::ui
