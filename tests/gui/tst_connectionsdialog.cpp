// The Connections dialog refuses bad input with a message in words and keeps what was
// typed; a sandbox profile (no secret) is saved; nothing secret lands in QSettings.
#include "settings/connectionsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using lifeboat::ui::ConnectionsDialog;
using lifeboat::ui::Profile;
using lifeboat::ui::ProfileStore;

class ConnectionsDialogTest : public QObject {
    Q_OBJECT

    static QPushButton *button(ConnectionsDialog &d, const QString &text)
    {
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == text) return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsdialog"));
        QSettings().clear();
    }

    void badInputIsExplainedAndKept()
    {
        ConnectionsDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *name = d.findChild<QLineEdit *>(QStringLiteral("profileName"));
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("profileKind"));
        auto *url = d.findChild<QLineEdit *>(QStringLiteral("profileBaseUrl"));
        auto *key = d.findChild<QLineEdit *>(QStringLiteral("profileKeyId"));
        auto *secret = d.findChild<QLineEdit *>(QStringLiteral("profileSecret"));
        auto *message = d.findChild<QLabel *>(QStringLiteral("profileMessage"));
        QPushButton *save = button(d, QStringLiteral("Save"));
        QVERIFY(name && kind && url && key && secret && message && save);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("name")), qPrintable(message->text()));

        QTest::keyClicks(name, QStringLiteral("prod"));
        kind->setCurrentIndex(kind->findData(int(Profile::Kind::ApiKey)));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://atlas.example.com"));
        QTest::keyClicks(key, QStringLiteral("abcdefgh"));
        QTest::keyClicks(secret, QStringLiteral("s3cr3t-private-key"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("https://")), qPrintable(message->text()));
        // Nothing saved, nothing lost.
        QVERIFY(ProfileStore().profiles().isEmpty());
        QCOMPARE(name->text(), QStringLiteral("prod"));
        QCOMPARE(secret->text(), QStringLiteral("s3cr3t-private-key"));

        url->clear();
        QTest::keyClicks(url, QStringLiteral("not a url"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(!message->text().isEmpty(), "a malformed URL must be refused");
        QVERIFY(ProfileStore().profiles().isEmpty());

        key->clear();
        url->setText(QStringLiteral("https://cloud.mongodb.com"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("public key")), qPrintable(message->text()));
    }

    void secretGoesToTheKeychainOrNowhere()
    {
        ConnectionsDialog d;
        d.show();
        auto *message = d.findChild<QLabel *>(QStringLiteral("profileMessage"));
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileName")), QStringLiteral("atlas-prod"));
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("profileKind"));
        kind->setCurrentIndex(kind->findData(int(Profile::Kind::ApiKey)));
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileKeyId")), QStringLiteral("pubkey"));
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileSecret")), QStringLiteral("s3cr3t-keychain-only"));
        QTest::mouseClick(button(d, QStringLiteral("Save")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().contains(QStringLiteral("…")), 30000);
        qInfo() << "keychain answer:" << message->text();
        const bool saved = ProfileStore().profile(QStringLiteral("atlas-prod")).has_value();
        // Either the keychain took it (profile saved) or it refused (nothing saved, reason shown).
        if (saved) QVERIFY(message->text().contains(QStringLiteral("keychain")));
        else QVERIFY2(message->text().contains(QStringLiteral("keychain")), qPrintable(message->text()));
        QSettings s;
        for (const QString &k : s.allKeys()) QVERIFY2(!s.value(k).toString().contains(QStringLiteral("s3cr3t")), qPrintable(k));
        ProfileStore().remove(QStringLiteral("atlas-prod"));
    }

    void sandboxProfileIsSavedWithoutSecrets()
    {
        ConnectionsDialog d;
        d.show();
        auto *name = d.findChild<QLineEdit *>(QStringLiteral("profileName"));
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("profileKind"));
        QTest::keyClicks(name, QStringLiteral("Local sandbox"));
        kind->setCurrentIndex(kind->findData(int(Profile::Kind::Sandbox)));
        QVERIFY(!d.findChild<QLineEdit *>(QStringLiteral("profileSecret"))->isVisible());
        QTest::mouseClick(button(d, QStringLiteral("Save")), Qt::LeftButton);
        const auto saved = ProfileStore().profile(QStringLiteral("Local sandbox"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->kind, Profile::Kind::Sandbox);
        auto *list = d.findChild<QListWidget *>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 1);
        // Connect returns the chosen profile.
        list->setCurrentRow(0);
        QTest::mouseClick(button(d, QStringLiteral("Connect")), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.chosenProfile(), QStringLiteral("Local sandbox"));
        // No secret in the settings file.
        QSettings s;
        for (const QString &k : s.allKeys()) QVERIFY2(!s.value(k).toString().contains(QStringLiteral("s3cr3t")), qPrintable(k));
        s.clear();
    }
};

QTEST_MAIN(ConnectionsDialogTest)
#include "tst_connectionsdialog.moc"
