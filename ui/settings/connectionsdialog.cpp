#include "settings/connectionsdialog.h"

#include "atlas/connection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeboat::ui {

ConnectionsDialog::ConnectionsDialog(QWidget *parent) : QDialog(parent), m_secrets(new SecretStore(this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    resize(760, 420);
    auto *h = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    left->addWidget(m_list);
    auto *newButton = new QPushButton(tr("New profile"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
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
    m_baseUrl = new QLineEdit(QStringLiteral("https://cloud.mongodb.com"), this);
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
    right->addWidget(m_message);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    h->addLayout(right, 3);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateFields);
    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionsDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_name->clear();
        m_keyId->clear();
        m_secret->clear();
        m_baseUrl->setText(QStringLiteral("https://cloud.mongodb.com"));
        m_name->setFocus();
    });
    connect(removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem()) {
            m_message->setText(tr("Pick a saved profile to connect to."));
            return;
        }
        m_chosen = m_list->currentItem()->text();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    reload(m_store.lastUsed());
}

void ConnectionsDialog::reload(const QString &select)
{
    m_list->clear();
    for (const Profile &p : m_store.profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(Profile::kindName(p.kind));
        item->setIcon(QIcon(p.kind == Profile::Kind::Sandbox ? QStringLiteral(":/icons/lifeboat.svg")
                                                             : QStringLiteral(":/icons/connection.svg")));
        if (p.name == select) m_list->setCurrentItem(item);
    }
}

void ConnectionsDialog::showProfile(const QString &name)
{
    const auto p = m_store.profile(name);
    if (!p) return;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(m_kind->findData(int(p->kind)));
    m_baseUrl->setText(p->baseUrl.isEmpty() ? QStringLiteral("https://cloud.mongodb.com") : p->baseUrl);
    m_keyId->setText(p->keyId);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("unchanged (kept in the system keychain)"));
    m_message->clear();
}

void ConnectionsDialog::updateFields()
{
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    const bool sandbox = kind == Profile::Kind::Sandbox;
    m_keyIdLabel->setText(kind == Profile::Kind::ServiceAccount ? tr("Client ID") : tr("Public key"));
    m_secretLabel->setText(kind == Profile::Kind::ServiceAccount ? tr("Client secret") : tr("Private key"));
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_keyId), static_cast<QWidget *>(m_secret)}) {
        w->setVisible(!sandbox);
        if (QWidget *label = m_form->labelForField(w)) label->setVisible(!sandbox);
    }
}

QString ConnectionsDialog::validate() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return tr("Give the profile a name.");
    if (name.size() > 64) return tr("The name is longer than 64 characters.");
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    if (kind == Profile::Kind::Sandbox) return {};
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) return tr("The base URL is not a URL (e.g. https://cloud.mongodb.com).");
    if (auto problem = atlas::baseUrlProblem(url)) return *problem;
    if (m_keyId->text().trimmed().isEmpty())
        return kind == Profile::Kind::ServiceAccount ? tr("Enter the service account's client ID.") : tr("Enter the API key's public key.");
    const bool known = m_store.profile(name).has_value();
    if (m_secret->text().isEmpty() && !known)
        return kind == Profile::Kind::ServiceAccount ? tr("Enter the client secret.") : tr("Enter the private key.");
    return {};
}

void ConnectionsDialog::setBusy(bool busy, const QString &message)
{
    m_save->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_message->setText(message);
}

void ConnectionsDialog::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_message->setText(problem);  // the form keeps what was typed
        return;
    }
    Profile p;
    p.name = m_name->text().trimmed();
    p.kind = Profile::Kind(m_kind->currentData().toInt());
    if (p.kind != Profile::Kind::Sandbox) {
        p.baseUrl = m_baseUrl->text().trimmed();
        p.keyId = m_keyId->text().trimmed();
    }
    if (p.kind == Profile::Kind::Sandbox || m_secret->text().isEmpty()) {
        m_store.save(p);
        reload(p.name);
        m_message->setText(tr("Saved."));
        return;
    }
    setBusy(true, tr("Saving the secret in the system keychain…"));
    m_secrets->write(p.name, m_secret->text(), [this, p](bool ok, const QString &error) {
        if (!ok) {
            setBusy(false, error);
            return;
        }
        m_store.save(p);
        m_secret->clear();
        reload(p.name);
        setBusy(false, tr("Saved. The secret is in the system keychain."));
    });
}

void ConnectionsDialog::removeSelected()
{
    if (!m_list->currentItem()) return;
    const QString name = m_list->currentItem()->text();
    m_secrets->remove(name, [](bool, const QString &) {});
    m_store.remove(name);
    reload();
}

}  // namespace lifeboat::ui
