#include "itemmodels/policyitemsmodel.h"

#include "domain/policyrules.h"

#include <QColor>
#include <QLocale>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

namespace {

// Atlas's defaults for a new item (what its web UI proposes).
PolicyItem defaultItem(Frequency f)
{
    switch (f) {
    case Frequency::Hourly: return {{}, f, 6, RetentionUnit::Days, 2};
    case Frequency::Daily: return {{}, f, 1, RetentionUnit::Days, 7};
    case Frequency::Weekly: return {{}, f, 6, RetentionUnit::Weeks, 4};
    case Frequency::Monthly: return {{}, f, 40, RetentionUnit::Months, 12};
    case Frequency::Yearly: return {{}, f, 12, RetentionUnit::Years, 1};
    default: break;
    }
    return {{}, Frequency::Daily, 1, RetentionUnit::Days, 7};
}

QString rowField(int row, int column)
{
    switch (column) {
    case PolicyItemsModel::EveryColumn: return policyfield::itemInterval(row);
    case PolicyItemsModel::RetentionColumn:
    case PolicyItemsModel::UnitColumn: return policyfield::itemRetention(row);
    default: return policyfield::item(row);
    }
}

}  // namespace

PolicyItemsModel::PolicyItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PolicyItemsModel::setItems(const QList<PolicyItem> &items)
{
    beginResetModel();
    m_items = items;
    m_byField.clear();
    endResetModel();
}

void PolicyItemsModel::setCompliance(const std::optional<CompliancePolicy> &compliance)
{
    m_compliance = compliance;
    if (!m_items.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PolicyItemsModel::setFindings(const Findings &findings)
{
    m_byField.clear();
    for (const Finding &f : findings) {
        if (!f.field.startsWith(QLatin1String("items/"))) continue;
        auto it = m_byField.find(f.field);
        if (it == m_byField.end() || int(f.severity) < int(it->severity)) m_byField.insert(f.field, f);
    }
    if (!m_items.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PolicyItemsModel::addItem(Frequency frequency)
{
    PolicyItem item = defaultItem(frequency);
    if (m_compliance)
        if (const auto floor = complianceFloor(*m_compliance, frequency);
            floor && comparableRetentionHours(*floor) > comparableRetentionHours(item)) {
            item.unit = floor->unit;
            item.value = floor->value;
        }
    // After the last item of the same or a more frequent kind: the table reads hourly first.
    int row = 0;
    while (row < m_items.size() && frequencyRank(m_items.at(row).frequency) <= frequencyRank(frequency)) ++row;
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    m_byField.clear();  // positions moved; the tab checks again at once
    endInsertRows();
    emit itemsEdited();
    return row;
}

bool PolicyItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size() || isLocked(row)) return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_byField.clear();
    endRemoveRows();
    emit itemsEdited();
    return true;
}

std::optional<PolicyItem> PolicyItemsModel::floorOf(int row) const
{
    if (!m_compliance || row < 0 || row >= m_items.size()) return std::nullopt;
    return complianceFloor(*m_compliance, m_items.at(row).frequency);
}

bool PolicyItemsModel::isLocked(int row) const
{
    if (!floorOf(row)) return false;
    const Frequency f = m_items.at(row).frequency;
    for (int i = 0; i < m_items.size(); ++i)
        if (i != row && m_items.at(i).frequency == f) return false;  // another item keeps the floor
    return true;
}

QString PolicyItemsModel::lockReason(int row) const
{
    if (!isLocked(row)) return {};
    return tr("The project's Backup Compliance Policy requires a %1 item: it cannot be removed.")
        .arg(frequencyWord(m_items.at(row).frequency));
}

QString PolicyItemsModel::intervalWords(Frequency frequency, int interval)
{
    switch (frequency) {
    case Frequency::Hourly: return tr("every %n hour(s)", nullptr, interval);
    case Frequency::Daily: return tr("every day");
    case Frequency::Weekly:
        if (interval >= 1 && interval <= 7)
            return tr("on %1").arg(QLocale().dayName(interval, QLocale::LongFormat));  // 1 = Monday, as Atlas
        break;
    case Frequency::Monthly:
        if (interval == 40) return tr("on the last day");
        if (interval >= 1 && interval <= 28) return tr("on day %1").arg(interval);
        break;
    case Frequency::Yearly:
        if (interval >= 1 && interval <= 12)
            return tr("in %1").arg(QLocale().standaloneMonthName(interval, QLocale::LongFormat));
        break;
    default: break;
    }
    return tr("interval %1").arg(interval);
}

QString PolicyItemsModel::unitWord(RetentionUnit unit)
{
    switch (unit) {
    case RetentionUnit::Days: return tr("days");
    case RetentionUnit::Weeks: return tr("weeks");
    case RetentionUnit::Months: return tr("months");
    case RetentionUnit::Years: return tr("years");
    case RetentionUnit::Unknown: break;
    }
    return tr("unknown");
}

QList<int> PolicyItemsModel::intervalsOf(Frequency frequency)
{
    QList<int> out;
    switch (frequency) {
    case Frequency::Hourly: out = {1, 2, 4, 6, 8, 12}; break;
    case Frequency::Daily: out = {1}; break;
    case Frequency::Weekly:
        for (int i = 1; i <= 7; ++i) out.append(i);
        break;
    case Frequency::Monthly:
        for (int i = 1; i <= 28; ++i) out.append(i);
        out.append(40);
        break;
    case Frequency::Yearly:
        for (int i = 1; i <= 12; ++i) out.append(i);
        break;
    default: break;
    }
    return out;
}

int PolicyItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PolicyItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *PolicyItemsModel::findingFor(int row, int column) const
{
    if (column == ProblemColumn) {
        const Finding *worst = nullptr;
        for (const QString &f :
             {policyfield::item(row), policyfield::itemInterval(row), policyfield::itemRetention(row)}) {
            auto it = m_byField.constFind(f);
            if (it != m_byField.constEnd() && (!worst || int(it->severity) < int(worst->severity))) worst = &*it;
        }
        return worst;
    }
    auto it = m_byField.constFind(rowField(row, column));
    return it == m_byField.constEnd() ? nullptr : &*it;
}

QVariant PolicyItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const PolicyItem &item = m_items.at(index.row());
    const int column = index.column();
    const Finding *finding = column == FloorColumn ? nullptr : findingFor(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FrequencyColumn: return frequencyWord(item.frequency);
        case EveryColumn: return intervalWords(item.frequency, item.interval);
        case RetentionColumn: return item.value;
        case UnitColumn: return unitWord(item.unit);
        case FloorColumn:
            if (const auto floor = floorOf(index.row())) return tr("at least %1").arg(retentionWords(*floor));
            return QString();
        case ProblemColumn: return finding ? finding->message : QString();
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case FrequencyColumn: return int(item.frequency);
        case EveryColumn: return item.interval;
        case RetentionColumn: return item.value;
        case UnitColumn: return int(item.unit);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == FloorColumn && floorOf(index.row()))
            return tr("The Backup Compliance Policy keeps %1 snapshots at least %2; Atlas refuses less.")
                .arg(frequencyWord(item.frequency), retentionWords(*floorOf(index.row())));
        if (column == FrequencyColumn && isLocked(index.row())) return lockReason(index.row());
        if (finding) return finding->fix.isEmpty() ? finding->message : finding->message + u'\n' + finding->fix;
        break;
    case Qt::ForegroundRole:
        if (finding && finding->severity == Severity::Refuse) return QColor(0xb0, 0x1c, 0x1c);
        if (finding && finding->severity == Severity::Warn) return QColor(0x8a, 0x5a, 0x00);
        break;
    case SeverityRole:
        if (finding) return int(finding->severity);
        break;
    case FindingCodeRole:
        if (finding) return finding->code;
        break;
    case LockedRole: return isLocked(index.row());
    case ChoicesRole: {
        QVariantList out;
        if (column == FrequencyColumn) {
            for (auto f :
                 {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly})
                out.append(QVariantList{int(f), frequencyWord(f)});
        } else if (column == EveryColumn) {
            for (int i : intervalsOf(item.frequency)) out.append(QVariantList{i, intervalWords(item.frequency, i)});
        } else if (column == UnitColumn) {
            for (auto u : {RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years})
                out.append(QVariantList{int(u), unitWord(u)});
        }
        if (!out.isEmpty()) return out;
        break;
    }
    default: break;
    }
    return {};
}

QVariant PolicyItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FrequencyColumn: return tr("Frequency");
    case EveryColumn: return tr("When");
    case RetentionColumn: return tr("Keep");
    case UnitColumn: return tr("Unit");
    case FloorColumn: return tr("Compliance floor");
    case ProblemColumn: return tr("Check");
    }
    return {};
}

Qt::ItemFlags PolicyItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const PolicyItem &item = m_items.at(index.row());
    switch (index.column()) {
    case FrequencyColumn:
        // An existing item keeps its frequency (its id names it); a new one may change.
        if (item.id.isEmpty()) f |= Qt::ItemIsEditable;
        break;
    case EveryColumn:
        if (item.frequency != Frequency::Daily) f |= Qt::ItemIsEditable;
        break;
    case RetentionColumn:
    case UnitColumn: f |= Qt::ItemIsEditable; break;
    default: break;
    }
    return f;
}

bool PolicyItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok) return false;
    PolicyItem &item = m_items[index.row()];
    const PolicyItem before = item;
    switch (index.column()) {
    case FrequencyColumn: {
        const auto f = domain::Frequency(v);
        if (f == item.frequency) return true;
        const PolicyItem fresh = defaultItem(f);
        item.frequency = f;
        item.interval = fresh.interval;
        item.unit = fresh.unit;
        item.value = fresh.value;
        break;
    }
    case EveryColumn: item.interval = v; break;
    case RetentionColumn: item.value = v; break;
    case UnitColumn: item.unit = RetentionUnit(v); break;
    default: return false;
    }
    if (item == before) return true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit itemsEdited();
    return true;
}

}  // namespace lifeboat::itemmodels
