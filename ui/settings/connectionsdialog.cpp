#include "settings/connectionsdialog.h"

#include "atlas/connection.h"
#include "jobs/jobrunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace lifeboat::ui {

static const char *const kDefaultBaseUrl = "https://cloud.mongodb.com";

ConnectionsDialog::ConnectionsDialog(QWidget *parent) : QDialog(parent), m_secrets(new SecretStore(this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    resize(780, 440);
    auto *h = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    left->addWidget(m_list);
    auto *newButton = new QPushButton(tr("New profile"), this);
    newButton->setObjectName(QStringLiteral("newProfile"));
    auto *removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeProfile"));
    auto *lb = new QHBoxLayout;
    lb->addWidget(newButton);
    lb->addWidget(removeButton);
    left->addLayout(lb);
    h->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("profileKind"));
    for (auto k : {Profile::Kind::ApiKey, Profile::Kind::ServiceAccount, Profile::Kind::Sandbox})
        m_kind->addItem(Profile::kindName(k), int(k));
    m_baseUrl = new QLineEdit(QString::fromLatin1(kDefaultBaseUrl), this);
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_keyId = new QLineEdit(this);
    m_keyId->setObjectName(QStringLiteral("profileKeyId"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("stored in the system keychain"));
    m_keyIdLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Base URL"), m_baseUrl);
    m_form->addRow(m_keyIdLabel, m_keyId);
    m_form->addRow(m_secretLabel, m_secret);
    right->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_message);
    m_retryKeychain = new QPushButton(tr("Retry the keychain"), this);
    m_retryKeychain->setObjectName(QStringLiteral("retryKeychain"));
    m_retryKeychain->hide();
    right->addWidget(m_retryKeychain, 0, Qt::AlignLeft);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));  // no qtbase translations are shipped
    right->addWidget(buttons);
    h->addLayout(right, 3);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateFields);
    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionsDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionsDialog::newProfile);
    connect(removeButton, &QPushButton::clicked, this, &ConnectionsDialog::askRemove);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsDialog::connectChosen);
    connect(m_retryKeychain, &QPushButton::clicked, this, &ConnectionsDialog::retryKeychain);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_baseUrl, m_keyId, m_secret})
        connect(e, &QLineEdit::textEdited, this, [this, e] {
            if (m_problemField == e) clearMarks();
        });
    updateFields();
    reload(m_store.lastUsed());
    if (!m_list->currentItem()) newProfile();
}

ConnectionsDialog::~ConnectionsDialog()
{
    delete m_probe;  // stops its worker thread before the temporary cache goes
    delete m_probeDir;
}

void ConnectionsDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QListWidgetItem *chosen = nullptr;
    for (const Profile &p : m_store.profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(Profile::kindName(p.kind));
        item->setIcon(QIcon(p.kind == Profile::Kind::Sandbox ? QStringLiteral(":/icons/lifeboat.svg")
                                                             : QStringLiteral(":/icons/connection.svg")));
        if (p.name == select) chosen = item;
    }
    if (chosen) {
        m_list->setCurrentItem(chosen);
        showProfile(chosen->text());
    }
}

void ConnectionsDialog::newProfile()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_shown.clear();
    m_name->clear();
    // A new profile starts from the defaults, not from the profile shown before.
    m_kind->setCurrentIndex(m_kind->findData(int(Profile::Kind::ApiKey)));
    m_baseUrl->setText(QString::fromLatin1(kDefaultBaseUrl));
    m_keyId->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(tr("stored in the system keychain"));
    m_retryKeychain->hide();
    clearMarks();
    m_message->clear();
    m_name->setFocus();
}

void ConnectionsDialog::showProfile(const QString &name)
{
    const auto p = m_store.profile(name);
    if (!p) return;
    m_shown = p->name;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(m_kind->findData(int(p->kind)));
    m_baseUrl->setText(p->baseUrl.isEmpty() ? QString::fromLatin1(kDefaultBaseUrl) : p->baseUrl);
    m_keyId->setText(p->keyId);
    m_secret->clear();
    const bool session = SecretStore::hasSessionSecret(p->name);
    m_secret->setPlaceholderText(session ? tr("unchanged (kept in memory for this session only)")
                                         : tr("unchanged (kept in the system keychain)"));
    m_retryKeychain->setVisible(session);
    clearMarks();
    m_message->clear();
}

void ConnectionsDialog::updateFields()
{
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    const bool sandbox = kind == Profile::Kind::Sandbox;
    m_keyIdLabel->setText(kind == Profile::Kind::ServiceAccount ? tr("Client ID") : tr("Public key"));
    m_secretLabel->setText(kind == Profile::Kind::ServiceAccount ? tr("Client secret") : tr("Private key"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_keyId), static_cast<QWidget *>(m_secret)}) {
        w->setVisible(!sandbox);
        if (QWidget *label = m_form->labelForField(w)) label->setVisible(!sandbox);
    }
    m_test->setEnabled(!sandbox);
}

ConnectionsDialog::Problem ConnectionsDialog::check() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return {tr("Give the profile a name."), m_name};
    if (name.size() > 64) return {tr("The name is longer than 64 characters."), m_name};
    if (name != m_shown && m_store.profile(name))
        return {tr("A profile named \"%1\" exists already: choose another name.").arg(name), m_name};
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    if (kind == Profile::Kind::Sandbox) return {};
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {tr("The base URL is not a URL (e.g. https://cloud.mongodb.com)."), m_baseUrl};
    if (auto problem = atlas::baseUrlProblem(url)) return {*problem, m_baseUrl};
    if (!url.path().isEmpty() && url.path() != u"/")
        return {tr("Enter the server only, without a path: %1://%2 (Lifeboat adds /api/atlas/v2 itself).")
                    .arg(url.scheme(), url.authority()),
                m_baseUrl};
    if (url.hasQuery() || url.hasFragment())
        return {tr("The base URL must not have a query or a fragment."), m_baseUrl};
    if (m_keyId->text().trimmed().isEmpty())
        return {kind == Profile::Kind::ServiceAccount ? tr("Enter the service account's client ID.")
                                                      : tr("Enter the API key's public key."),
                m_keyId};
    const bool known = !m_shown.isEmpty() && name == m_shown;
    if (m_secret->text().isEmpty() && !known)
        return {kind == Profile::Kind::ServiceAccount ? tr("Enter the client secret.") : tr("Enter the private key."),
                m_secret};
    return {};
}

QString ConnectionsDialog::validate() const
{
    return check().message;
}

void ConnectionsDialog::clearMarks()
{
    if (m_problemField) m_problemField->setStyleSheet(QString());
    m_problemField = nullptr;
    m_message->setStyleSheet(QString());
}

void ConnectionsDialog::showError(const QString &message, QWidget *field)
{
    clearMarks();
    // Red text and a red frame on the field to fix; the form keeps what was typed.
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
    if (field) {
        m_problemField = field;
        field->setStyleSheet(QStringLiteral("border: 1px solid #c62828; border-radius: 2px; padding: 1px;"));
        field->setFocus();
    }
}

void ConnectionsDialog::showInfo(const QString &message)
{
    clearMarks();
    m_message->setText(message);
}

void ConnectionsDialog::setBusy(bool busy, const QString &message)
{
    m_save->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_test->setEnabled(!busy && Profile::Kind(m_kind->currentData().toInt()) != Profile::Kind::Sandbox);
    if (!message.isEmpty()) showInfo(message);
}

bool ConnectionsDialog::formIsDirty() const
{
    if (m_shown.isEmpty()) return true;  // a new profile is unsaved by definition
    const auto p = m_store.profile(m_shown);
    if (!p) return true;
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    return m_name->text().trimmed() != p->name || kind != p->kind || !m_secret->text().isEmpty() ||
           (kind != Profile::Kind::Sandbox &&
            (m_baseUrl->text().trimmed() != p->baseUrl || m_keyId->text().trimmed() != p->keyId));
}

void ConnectionsDialog::save(std::function<void(const QString &name)> then)
{
    const Problem problem = check();
    if (!problem.message.isEmpty()) {
        showError(problem.message, problem.field);
        return;
    }
    // Start from the saved profile, so what this form does not show (e.g. a pinned
    // certificate) is kept.
    Profile p = m_shown.isEmpty() ? Profile{} : m_store.profile(m_shown).value_or(Profile{});
    p.name = m_name->text().trimmed();
    p.kind = Profile::Kind(m_kind->currentData().toInt());
    if (p.kind != Profile::Kind::Sandbox) {
        p.baseUrl = m_baseUrl->text().trimmed();
        if (p.baseUrl.endsWith(u'/')) p.baseUrl.chop(1);
        p.keyId = m_keyId->text().trimmed();
    } else {
        p.baseUrl.clear();
        p.keyId.clear();
    }
    const QString renamedFrom = !m_shown.isEmpty() && m_shown != p.name ? m_shown : QString();
    auto finish = [this, p, renamedFrom, then](const QString &message) {
        if (!renamedFrom.isEmpty()) {
            // A rename asked for the secret again (it is stored under the name); the old one goes.
            m_store.remove(renamedFrom);
            m_secrets->remove(renamedFrom, [](bool, const QString &) {});
            SecretStore::forgetSessionSecret(renamedFrom);
        }
        m_store.save(p);
        m_secret->clear();
        reload(p.name);
        showInfo(message);
        if (then) then(p.name);
    };
    if (p.kind == Profile::Kind::Sandbox || m_secret->text().isEmpty()) {
        finish(tr("Saved."));
        return;
    }
    const QString secret = m_secret->text();
    setBusy(true, tr("Saving the secret in the system keychain…"));
    m_secrets->write(p.name, secret, [this, p, secret, finish](bool ok, const QString &error) {
        setBusy(false);
        if (ok) {
            SecretStore::forgetSessionSecret(p.name);
            m_sessionOnly.clear();
            m_retryKeychain->hide();
            finish(tr("Saved. The secret is in the system keychain."));
            return;
        }
        // No keychain (e.g. no Secret Service): usable now, forgotten at exit, written nowhere.
        SecretStore::keepForSession(p.name, secret);
        m_sessionOnly = p.name;
        finish(tr("Saved, but %1. The secret is kept in memory for this session only: Lifeboat forgets it when it "
                  "quits and never writes it to disk. Retry the keychain once it is available.")
                   .arg(error));
        m_retryKeychain->show();
    });
}

void ConnectionsDialog::retryKeychain()
{
    const QString name = m_shown;
    if (name.isEmpty() || !SecretStore::hasSessionSecret(name)) return;
    setBusy(true, tr("Saving the secret in the system keychain…"));
    m_secrets->write(name, SecretStore::sessionSecret(name), [this, name](bool ok, const QString &error) {
        setBusy(false);
        if (!ok) {
            showError(tr("Still not saved: %1. The secret stays in memory for this session only.").arg(error), nullptr);
            return;
        }
        SecretStore::forgetSessionSecret(name);
        m_retryKeychain->hide();
        m_secret->setPlaceholderText(tr("unchanged (kept in the system keychain)"));
        showInfo(tr("Saved. The secret is in the system keychain."));
    });
}

void ConnectionsDialog::connectChosen()
{
    // What the form shows is what gets connected: unsaved changes are saved first (and kept if invalid).
    if (formIsDirty()) {
        save([this](const QString &name) {
            m_chosen = name;
            accept();
        });
        return;
    }
    m_chosen = m_shown;
    accept();
}

void ConnectionsDialog::askRemove()
{
    if (m_shown.isEmpty() || !m_list->currentItem()) return;
    m_confirm =
        new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                        tr("Remove the profile \"%1\"? Its secret is deleted from the system keychain; the data "
                           "Lifeboat cached for it stays until it is synced again.")
                            .arg(m_shown),
                        QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *yes = m_confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveYes"));
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *b) {
        if (b == yes) removeSelected();
    });
    m_confirm->open();
}

void ConnectionsDialog::removeSelected()
{
    const QString name = m_shown;
    if (name.isEmpty()) return;
    m_secrets->remove(name, [](bool, const QString &) {});
    SecretStore::forgetSessionSecret(name);
    m_store.remove(name);
    reload();
    newProfile();
    showInfo(tr("Removed \"%1\".").arg(name));
}

void ConnectionsDialog::testConnection()
{
    const Problem problem = check();
    if (!problem.message.isEmpty()) {
        showError(problem.message, problem.field);
        return;
    }
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    atlas::ClientOptions options;
    options.baseUrl = QUrl(m_baseUrl->text().trimmed());
    options.retry.maxAttempts = 1;
    const QString keyId = m_keyId->text().trimmed();
    auto run = [this, options, kind, keyId](const QString &secret) mutable {
        options.credentials = kind == Profile::Kind::ServiceAccount ? atlas::Credentials::serviceAccount(keyId, secret)
                                                                    : atlas::Credentials::apiKey(keyId, secret);
        delete m_probe;
        delete m_probeDir;
        // A sync into a throw-away cache, stopped once organizations and projects came back:
        // the same requests, errors and words as a real connection, on the worker thread.
        m_probeDir = new QTemporaryDir;
        m_probe = new jobs::JobRunner(this);
        connect(m_probe, &jobs::JobRunner::jobProgress, this, [this](quint64 id, int done, int, const QString &) {
            if (id != m_probeJob || done < 1) return;
            m_probeJob = 0;
            m_probe->cancel(id);
            setBusy(false);
            showInfo(tr("The connection works: the server answered and accepted the credentials."));
        });
        connect(m_probe, &jobs::JobRunner::jobResult, this, [this](const jobs::JobResult &r) {
            if (r.id != m_probeJob) return;
            m_probeJob = 0;
            setBusy(false);
            if (r.ok())
                showInfo(tr("The connection works: the server answered and accepted the credentials."));
            else
                showError(tr("The connection does not work: %1").arg(r.error.message), m_baseUrl);
        });
        m_probe->start(options, m_probeDir->filePath(QStringLiteral("probe.sqlite")));
        setBusy(true, tr("Testing the connection to %1…").arg(options.baseUrl.host()));
        m_probeJob = m_probe->syncAll();
    };
    if (!m_secret->text().isEmpty()) {
        run(m_secret->text());
        return;
    }
    setBusy(true, tr("Reading the secret…"));
    m_secrets->read(m_shown, [this, run](bool ok, const QString &secretOrError) mutable {
        setBusy(false);
        if (!ok) {
            showError(secretOrError, m_secret);
            return;
        }
        run(secretOrError);
    });
}

}  // namespace lifeboat::ui
