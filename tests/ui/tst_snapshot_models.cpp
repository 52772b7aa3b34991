// SnapshotTableModel and SnapshotFilterModel, each watched by QAbstractItemModelTester
// for the whole test function.
#include "itemmodels/snapshotfiltermodel.h"
#include "itemmodels/snapshotformat.h"
#include "itemmodels/snapshottablemodel.h"
#include "snapshotfixtures.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QtTest>
#include <memory>

using namespace lifeboat;
using itemmodels::SnapshotFilterModel;
using itemmodels::SnapshotTableModel;
using testing::makeSnapshot;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QList<domain::Snapshot> sample()
{
    auto a = makeSnapshot(QStringLiteral("a"), utc("2025-03-01T06:00:00"), QStringLiteral("daily"));
    a.storageSizeBytes = 900LL * 1024 * 1024;  // 900 MiB: sorts below 1.5 GiB though "9" > "1"
    a.expiresAt = utc("2025-03-08T06:00:00");
    a.description = QStringLiteral("nightly");
    auto b = makeSnapshot(QStringLiteral("b"), utc("2025-03-02T06:00:00"), QStringLiteral("hourly"),
                          QStringLiteral("failed"));
    b.storageSizeBytes = 0;
    auto c = makeSnapshot(QStringLiteral("c"), utc("2025-02-27T10:00:00"), QStringLiteral("ondemand"),
                          QStringLiteral("completed"), QStringLiteral("onDemand"));
    c.storageSizeBytes = 1536LL * 1024 * 1024;
    c.description = QStringLiteral("Before Upgrade");
    c.masterKeyUUID = QStringLiteral("3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c");
    c.copyRegions = {QStringLiteral("EU_WEST_1"), QStringLiteral("US_EAST_2")};
    auto d = makeSnapshot(QStringLiteral("d"), utc("2025-03-03T06:00:00"), QStringLiteral("weekly"),
                          QStringLiteral("completed"), QStringLiteral("fallback"));
    d.storageSizeBytes = 2048;
    auto e = makeSnapshot(QStringLiteral("e"), utc("2025-03-04T06:00:00"), QStringLiteral("fortnightly"),
                          QStringLiteral("ARCHIVING"), QStringLiteral("continuous"));
    e.storageSizeBytes = 10;
    return {a, b, c, d, e};
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

QStringList idsInOrder(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r) ids << m.index(r, 0).data(SnapshotTableModel::IdRole).toString();
    return ids;
}

}  // namespace

class TestSnapshotModels : public QObject {
    Q_OBJECT
    std::unique_ptr<SnapshotTableModel> m_model;
    std::unique_ptr<SnapshotFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;

private slots:
    void init()
    {
        m_model = std::make_unique<SnapshotTableModel>();
        m_proxy = std::make_unique<SnapshotFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void emptyList()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(SnapshotTableModel::ColumnCount));
        m_model->setSnapshots({});
        QCOMPARE(m_proxy->rowCount(), 0);
        QVERIFY(!m_model->indexOfId(QStringLiteral("a")).isValid());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Created (UTC)"));
    }

    void displayAndRoles()
    {
        m_model->setSnapshots(sample());
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Created), QStringLiteral("2025-03-01 06:00"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Created, Qt::ToolTipRole),
                 QStringLiteral("2025-03-01 06:00 UTC"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Type), QStringLiteral("Scheduled"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Frequency), QStringLiteral("Daily"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Status), QStringLiteral("Completed"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Size), QStringLiteral("900.0 MiB"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::MongoVersion), QStringLiteral("8.0.4"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Expires), QStringLiteral("2025-03-08 06:00"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::EncryptionKey), QStringLiteral("—"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Copies), QStringLiteral("—"));
        QCOMPARE(cell(*m_model, 2, SnapshotTableModel::Copies), QStringLiteral("2: Europe (Ireland), US East (Ohio)"));
        QCOMPARE(cell(*m_model, 2, SnapshotTableModel::EncryptionKey),
                 QStringLiteral("3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c"));
        QCOMPARE(cell(*m_model, 2, SnapshotTableModel::Type), QStringLiteral("On-demand"));
        QCOMPARE(cell(*m_model, 3, SnapshotTableModel::Type), QStringLiteral("Fallback"));
        // A failed snapshot's 0 bytes is "no size", not an empty backup.
        QCOMPARE(cell(*m_model, 1, SnapshotTableModel::Size), QStringLiteral("—"));

        QCOMPARE(m_model->index(0, SnapshotTableModel::Size).data(SnapshotTableModel::SortRole).toLongLong(),
                 900LL * 1024 * 1024);
        QCOMPARE(m_model->index(0, SnapshotTableModel::Created).data(SnapshotTableModel::SortRole).toDateTime(),
                 utc("2025-03-01T06:00:00"));
        QCOMPARE(m_model->index(3, 4).data(SnapshotTableModel::IdRole).toString(), QStringLiteral("d"));
        QVERIFY(
            cell(*m_model, 0, SnapshotTableModel::Size, Qt::ToolTipRole).contains(QStringLiteral("943,718,400 bytes")));
        QCOMPARE(m_model->indexOfId(QStringLiteral("c")).row(), 2);
        QVERIFY(!m_model->indexOfId(QStringLiteral("nope")).isValid());
    }

    void statusColours()
    {
        m_model->setSnapshots(sample());
        const QPalette pal = QGuiApplication::palette();
        const QModelIndex failed = m_model->index(1, SnapshotTableModel::Status);
        QCOMPARE(failed.data(Qt::ForegroundRole).value<QColor>(),
                 itemmodels::snapshotKindColor(itemmodels::SnapshotKind::Failed, pal));
        QVERIFY(failed.data(Qt::ForegroundRole).value<QColor>().red() > 150);
        QCOMPARE(failed.data(Qt::DecorationRole).value<QColor>(),
                 itemmodels::snapshotKindColor(itemmodels::SnapshotKind::Failed, pal));
        const QModelIndex fallback = m_model->index(3, SnapshotTableModel::Status);
        QCOMPARE(fallback.data(Qt::ForegroundRole).value<QColor>(),
                 itemmodels::snapshotKindColor(itemmodels::SnapshotKind::Fallback, pal));
        QVERIFY(fallback.data(Qt::ToolTipRole).toString().contains(QStringLiteral("may be inconsistent")));
        // Completed text keeps the view's own colour.
        QVERIFY(!m_model->index(0, SnapshotTableModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m_model->index(0, 0).data(SnapshotTableModel::KindRole).toInt(),
                 int(itemmodels::SnapshotKind::Completed));
        QCOMPARE(m_model->index(3, 0).data(SnapshotTableModel::KindRole).toInt(),
                 int(itemmodels::SnapshotKind::Fallback));
    }

    void unknownValuesShownRaw()
    {
        m_model->setSnapshots(sample());
        QCOMPARE(cell(*m_model, 4, SnapshotTableModel::Status), QStringLiteral("ARCHIVING"));
        QCOMPARE(cell(*m_model, 4, SnapshotTableModel::Type), QStringLiteral("continuous"));
        QCOMPARE(cell(*m_model, 4, SnapshotTableModel::Frequency), QStringLiteral("fortnightly"));
        QVERIFY(cell(*m_model, 4, SnapshotTableModel::Status, Qt::ToolTipRole).contains(QStringLiteral("ARCHIVING")));
        QCOMPARE(m_model->index(4, 0).data(SnapshotTableModel::KindRole).toInt(),
                 int(itemmodels::SnapshotKind::Unknown));
    }

    void nullsShownAsDash()
    {
        domain::Snapshot s;  // everything missing but the id
        s.id = QStringLiteral("bare");
        m_model->setSnapshots({s});
        for (int c : {SnapshotTableModel::Created, SnapshotTableModel::Type, SnapshotTableModel::Frequency,
                      SnapshotTableModel::Status, SnapshotTableModel::Size, SnapshotTableModel::MongoVersion,
                      SnapshotTableModel::Expires, SnapshotTableModel::EncryptionKey, SnapshotTableModel::Copies})
            QCOMPARE(cell(*m_model, 0, c), QStringLiteral("—"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Description), QString());
        QVERIFY(!m_model->index(0, 0).data(SnapshotTableModel::SortRole).toDateTime().isValid());
        // Sorting with an invalid date must not crash or lose the row.
        m_model->setSnapshots(sample() << s);
        m_proxy->sort(SnapshotTableModel::Created, Qt::AscendingOrder);
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void resetReplacesRows()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setSnapshots(sample());
        QCOMPARE(m_model->rowCount(), 5);
        m_model->setSnapshots({sample().first()});
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(reset.count(), 2);
        QVERIFY(!m_model->indexOfId(QStringLiteral("b")).isValid());
        QCOMPARE(m_model->indexOfId(QStringLiteral("a")).row(), 0);
        m_model->clear();
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void sortBySizeUsesBytes()
    {
        m_model->setSnapshots(sample());
        m_proxy->sort(SnapshotTableModel::Size, Qt::AscendingOrder);
        // 0 (b) < 10 (e) < 2 KiB (d) < 900 MiB (a) < 1.5 GiB (c): bytes, not text.
        QCOMPARE(idsInOrder(*m_proxy), (QStringList{"b", "e", "d", "a", "c"}));
        m_proxy->sort(SnapshotTableModel::Size, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(*m_proxy).first(), QStringLiteral("c"));
    }

    void sortByCreated()
    {
        m_model->setSnapshots(sample());
        m_proxy->sort(SnapshotTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(*m_proxy), (QStringList{"e", "d", "b", "a", "c"}));
        m_proxy->sort(SnapshotTableModel::Copies, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(*m_proxy).first(), QStringLiteral("c"));
    }

    void filterByText()
    {
        m_model->setSnapshots(sample());
        m_proxy->setText(QStringLiteral("  UPGRADE "));
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"c"});
        m_proxy->setText(QStringLiteral("eu_west_1"));  // copy regions are searched too
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"c"});
        m_proxy->setText(QStringLiteral("failed hourly"));  // every word must match
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"b"});
        m_proxy->setText(QStringLiteral("failed weekly"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void filterByStatusTypeFrequency()
    {
        m_model->setSnapshots(sample());
        m_proxy->setStatuses({domain::SnapshotStatus::Failed});
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"b"});
        m_proxy->setStatuses({domain::SnapshotStatus::Completed});
        QCOMPARE(m_proxy->rowCount(), 3);
        m_proxy->setTypes({domain::SnapshotType::Fallback});
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"d"});
        m_proxy->setStatuses({});
        m_proxy->setTypes({domain::SnapshotType::Unknown});
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"e"});
        m_proxy->setTypes({});
        m_proxy->setFrequencies({domain::Frequency::Hourly, domain::Frequency::Daily});
        m_proxy->sort(SnapshotTableModel::Created, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(*m_proxy), (QStringList{"a", "b"}));
        // The filter follows a reset of the source.
        m_model->setSnapshots(sample().mid(0, 1));
        QCOMPARE(idsInOrder(*m_proxy), QStringList{"a"});
    }

    void flexSnapshots()
    {
        domain::FlexSnapshot f;
        f.id = QStringLiteral("flex1");
        f.scheduledTime = utc("2025-03-01T00:00:00");
        f.startTime = utc("2025-03-01T00:05:00");
        f.expiration = utc("2025-03-09T00:05:00");
        f.mongoDBVersion = QStringLiteral("8.0.5");
        f.status = domain::parseFlexJobStatus(QStringLiteral("COMPLETED"));
        domain::FlexSnapshot g = f;
        g.id = QStringLiteral("flex2");
        g.startTime = QDateTime();
        g.status = domain::parseFlexJobStatus(QStringLiteral("SUSPENDED"));
        m_model->setFlexSnapshots({f, g});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Created), QStringLiteral("2025-03-01 00:05"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Frequency), QStringLiteral("Daily"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Status), QStringLiteral("Completed"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::Size), QStringLiteral("—"));
        QCOMPARE(cell(*m_model, 0, SnapshotTableModel::MongoVersion), QStringLiteral("8.0.5"));
        QCOMPARE(cell(*m_model, 1, SnapshotTableModel::Created), QStringLiteral("2025-03-01 00:00"));
        QCOMPARE(cell(*m_model, 1, SnapshotTableModel::Status), QStringLiteral("SUSPENDED"));
    }

    void manyRowsFilterQuickly()
    {
        const QDateTime from = utc("2023-01-01T00:00:00");
        m_modelTester.reset();  // the tester walks every row on every change: too slow for 100,000
        m_proxyTester.reset();
        m_model->setSnapshots(testing::syntheticSnapshots(100000, from, from.addYears(3)));
        QElapsedTimer timer;
        timer.start();
        // rowCount() makes the proxy filter (it maps lazily).
        m_proxy->setText(QStringLiteral("yearly"));
        const int yearly = m_proxy->rowCount();
        const qint64 first = timer.restart();
        m_proxy->setText(QStringLiteral("monthly"));
        const int monthly = m_proxy->rowCount();
        const qint64 second = timer.elapsed();
        QVERIFY(yearly > 5000 && monthly > 5000);
        QVERIFY(yearly + monthly < 50000);
        qInfo("filter 100,000 rows: first %lld ms (builds search text), then %lld ms", first, second);
        QVERIFY2(second < 1000, "filtering 100,000 rows took a second or more");
    }
};

QTEST_MAIN(TestSnapshotModels)
#include "tst_snapshot_models.moc"
