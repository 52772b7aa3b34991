// The Connections dialog refuses bad input with a message in words and keeps what was
// typed; a sandbox profile (no secret) is saved; nothing secret lands in QSettings.
#include "engine/engine.h"
#include "settings/connectionsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using lifeboat::ui::ConnectionsDialog;
using lifeboat::ui::Profile;
using lifeboat::ui::ProfileStore;
using lifeboat::ui::SecretStore;

class ConnectionsDialogTest : public QObject {
    Q_OBJECT

    sandbox::Engine engine;

    template <typename T>
    static T *child(ConnectionsDialog &d, const char *name)
    {
        return d.findChild<T *>(QString::fromLatin1(name));
    }

    static void fillAtlas(ConnectionsDialog &d, const QString &name, const QString &url, const QString &key,
                          const QString &secret)
    {
        auto *kind = child<QComboBox>(d, "profileKind");
        kind->setCurrentIndex(kind->findData(int(Profile::Kind::ApiKey)));
        child<QLineEdit>(d, "profileName")->setText(name);
        child<QLineEdit>(d, "profileBaseUrl")->setText(url);
        child<QLineEdit>(d, "profileKeyId")->setText(key);
        child<QLineEdit>(d, "profileSecret")->setText(secret);
    }

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
        sandbox::EngineOptions o;
        o.speed = 0;
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
    }

    void connectSavesTheFormFirst()
    {
        ProfileStore().save(Profile{QStringLiteral("old"), Profile::Kind::Sandbox, {}, {}});
        ProfileStore().setLastUsed(QStringLiteral("old"));
        ConnectionsDialog d;
        d.show();
        QCOMPARE(child<QListWidget>(d, "profileList")->currentItem()->text(), QStringLiteral("old"));
        QTest::mouseClick(child<QPushButton>(d, "newProfile"), Qt::LeftButton);
        fillAtlas(d, QStringLiteral("fresh"), QStringLiteral("https://cloud.mongodb.com"), QStringLiteral("pub"),
                  QStringLiteral("s3cr3t-fresh"));
        QTest::mouseClick(child<QPushButton>(d, "connectProfile"), Qt::LeftButton);
        // The keychain answers asynchronously (here it refuses: the secret stays in memory).
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(d.chosenProfile(), QStringLiteral("fresh"));
        QVERIFY(ProfileStore().profile(QStringLiteral("fresh")).has_value());
        QSettings s;
        for (const QString &k : s.allKeys())
            QVERIFY2(!s.value(k).toString().contains(QStringLiteral("s3cr3t")), qPrintable(k));
        ProfileStore().remove(QStringLiteral("fresh"));
        ProfileStore().remove(QStringLiteral("old"));
        SecretStore::forgetSessionSecret(QStringLiteral("fresh"));
    }

    void anInvalidFormIsNotConnected()
    {
        ProfileStore().save(Profile{QStringLiteral("old"), Profile::Kind::Sandbox, {}, {}});
        ConnectionsDialog d;
        d.show();
        QTest::mouseClick(child<QPushButton>(d, "newProfile"), Qt::LeftButton);
        fillAtlas(d, QStringLiteral("half"), QStringLiteral("https://cloud.mongodb.com"), QString(),
                  QStringLiteral("s3cr3t"));
        QTest::mouseClick(child<QPushButton>(d, "connectProfile"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(d.isVisible());
        QCOMPARE(d.problemField(), child<QLineEdit>(d, "profileKeyId"));  // the field to fix is marked
        QVERIFY(child<QLabel>(d, "profileMessage")->styleSheet().contains(QStringLiteral("color")));
        QCOMPARE(child<QLineEdit>(d, "profileSecret")->text(), QStringLiteral("s3cr3t"));  // nothing thrown away
        ProfileStore().remove(QStringLiteral("old"));
    }

    void aNewProfileStartsFromTheDefaults()
    {
        ProfileStore().save(Profile{QStringLiteral("svc"), Profile::Kind::ServiceAccount,
                                    QStringLiteral("https://cloud.mongodb.com"), QStringLiteral("mdb_sa_id")});
        ConnectionsDialog d;
        d.show();
        child<QListWidget>(d, "profileList")->setCurrentRow(0);
        QCOMPARE(child<QComboBox>(d, "profileKind")->currentData().toInt(), int(Profile::Kind::ServiceAccount));
        QVERIFY(child<QLineEdit>(d, "profileSecret")->placeholderText().contains(QStringLiteral("unchanged")));
        QTest::mouseClick(child<QPushButton>(d, "newProfile"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>(d, "profileKind")->currentData().toInt(), int(Profile::Kind::ApiKey));
        QVERIFY(!child<QLineEdit>(d, "profileSecret")->placeholderText().contains(QStringLiteral("unchanged")));
        QVERIFY(child<QLineEdit>(d, "profileKeyId")->text().isEmpty());
        ProfileStore().remove(QStringLiteral("svc"));
    }

    void theApiPathIsNotPartOfTheBaseUrl()
    {
        ConnectionsDialog d;
        d.show();
        fillAtlas(d, QStringLiteral("p"), QStringLiteral("https://cloud.mongodb.com/api/atlas/v2"),
                  QStringLiteral("pub"), QStringLiteral("secret"));
        QTest::mouseClick(child<QPushButton>(d, "saveProfile"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(d, "profileMessage")->text().contains(QStringLiteral("without a path")),
                 qPrintable(child<QLabel>(d, "profileMessage")->text()));
        QCOMPARE(d.problemField(), child<QLineEdit>(d, "profileBaseUrl"));
        QVERIFY(!ProfileStore().profile(QStringLiteral("p")));
    }

    void removeAsksFirst()
    {
        ProfileStore().save(Profile{QStringLiteral("keep-me"), Profile::Kind::Sandbox, {}, {}});
        ConnectionsDialog d;
        d.show();
        child<QListWidget>(d, "profileList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(d, "removeProfile"), Qt::LeftButton);
        QMessageBox *confirm = d.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(ProfileStore().profile(QStringLiteral("keep-me")).has_value());  // nothing removed yet
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!d.findChild<QMessageBox *>(QStringLiteral("confirmRemove")));  // closed and gone
        QVERIFY(ProfileStore().profile(QStringLiteral("keep-me")).has_value());
        QTest::mouseClick(child<QPushButton>(d, "removeProfile"), Qt::LeftButton);
        confirm = d.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
        QTRY_VERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveYes")), Qt::LeftButton);
        QVERIFY(!ProfileStore().profile(QStringLiteral("keep-me")).has_value());
    }

    void testConnectionAgainstTheSandbox()
    {
        ConnectionsDialog d;
        d.show();
        auto *message = child<QLabel>(d, "profileMessage");
        fillAtlas(d, QStringLiteral("sbx"), engine.baseUrl().toString(), engine.adminCredentials().publicKey,
                  engine.adminCredentials().privateKey);
        QTest::mouseClick(child<QPushButton>(d, "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("works")), 30000);
        QVERIFY2(!message->text().contains(QStringLiteral("does not")), qPrintable(message->text()));
        child<QLineEdit>(d, "profileSecret")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(d, "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("does not work")), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("credentials")), qPrintable(message->text()));
        QVERIFY(!ProfileStore().profile(QStringLiteral("sbx")));  // a test saves nothing
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
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileSecret")),
                         QStringLiteral("s3cr3t-keychain-only"));
        QTest::mouseClick(button(d, QStringLiteral("Save")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().contains(QStringLiteral("…")), 30000);
        qInfo() << "keychain answer:" << message->text();
        // Either the keychain took it, or it refused and the secret is kept in memory for this
        // session only, said so, with a way to retry; the profile is saved either way.
        QVERIFY(ProfileStore().profile(QStringLiteral("atlas-prod")).has_value());
        QVERIFY(message->text().contains(QStringLiteral("keychain")));
        if (SecretStore::hasSessionSecret(QStringLiteral("atlas-prod"))) {
            QVERIFY2(message->text().contains(QStringLiteral("this session only")), qPrintable(message->text()));
            QVERIFY(d.findChild<QPushButton *>(QStringLiteral("retryKeychain"))->isVisible());
            QCOMPARE(SecretStore::sessionSecret(QStringLiteral("atlas-prod")), QStringLiteral("s3cr3t-keychain-only"));
            // Connecting reads it back from memory.
            bool read = false;
            SecretStore store;
            store.read(QStringLiteral("atlas-prod"), [&read](bool ok, const QString &secret) {
                read = ok && secret == QStringLiteral("s3cr3t-keychain-only");
            });
            QTRY_VERIFY(read);
            SecretStore::forgetSessionSecret(QStringLiteral("atlas-prod"));
        }
        QSettings s;
        for (const QString &k : s.allKeys())
            QVERIFY2(!s.value(k).toString().contains(QStringLiteral("s3cr3t")), qPrintable(k));
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
        // Connect returns the chosen profile.
        list->setCurrentItem(list->findItems(QStringLiteral("Local sandbox"), Qt::MatchExactly).value(0));
        QTest::mouseClick(button(d, QStringLiteral("Connect")), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.chosenProfile(), QStringLiteral("Local sandbox"));
        // No secret in the settings file.
        QSettings s;
        for (const QString &k : s.allKeys())
            QVERIFY2(!s.value(k).toString().contains(QStringLiteral("s3cr3t")), qPrintable(k));
        s.clear();
    }
};

QTEST_MAIN(ConnectionsDialogTest)
#include "tst_connectionsdialog.moc"
