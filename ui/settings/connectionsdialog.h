#pragma once
// Connections: add, edit and remove profiles (Atlas with an API key or a service
// account, or the local sandbox), test one, and pick the one to connect to.
#include "settings/profiles.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QFormLayout;
class QTemporaryDir;

namespace lifeboat::jobs {
class JobRunner;
}

namespace lifeboat::ui {

class ConnectionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);
    ~ConnectionsDialog() override;
    QString chosenProfile() const { return m_chosen; }

    // Checks the form; returns the problem in words (and marks its field), or an empty string.
    QString validate() const;
    QWidget *problemField() const { return m_problemField; }

private:
    struct Problem {
        QString message;
        QWidget *field = nullptr;
    };
    Problem check() const;
    void reload(const QString &select = QString());
    void showProfile(const QString &name);
    void newProfile();
    void updateFields();
    // Saves the form; `then` runs once it is saved (the keychain answers later).
    void save(std::function<void(const QString &name)> then = {});
    void connectChosen();
    void askRemove();
    void removeSelected();
    void testConnection();
    void retryKeychain();
    void setBusy(bool busy, const QString &message = QString());
    void showError(const QString &message, QWidget *field = nullptr);
    void showInfo(const QString &message);
    void clearMarks();
    bool formIsDirty() const;

    ProfileStore m_store;
    SecretStore *m_secrets;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLabel *m_keyIdLabel;
    QLabel *m_secretLabel;
    QLabel *m_message;
    QFormLayout *m_form;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_connect;
    QPushButton *m_retryKeychain;
    QPointer<QMessageBox> m_confirm;
    QString m_chosen;
    QString m_shown;        // the saved profile the form shows; empty for a new one
    QString m_sessionOnly;  // the profile whose secret is in memory only (keychain refused)
    QWidget *m_problemField = nullptr;
    jobs::JobRunner *m_probe = nullptr;
    QTemporaryDir *m_probeDir = nullptr;
    quint64 m_probeJob = 0;
};

}  // namespace lifeboat::ui
