#pragma once
// Connections: add, edit and remove profiles (Atlas with an API key or a service
// account, or the local sandbox) and pick the one to connect to.
#include "settings/profiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFormLayout;

namespace lifeboat::ui {

class ConnectionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);
    QString chosenProfile() const { return m_chosen; }

    // Checks the form; returns the problem in words, or an empty string.
    QString validate() const;

private:
    void reload(const QString &select = QString());
    void showProfile(const QString &name);
    void updateFields();
    void save();
    void removeSelected();
    void setBusy(bool busy, const QString &message = QString());

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
    QPushButton *m_connect;
    QString m_chosen;
};

}  // namespace lifeboat::ui
