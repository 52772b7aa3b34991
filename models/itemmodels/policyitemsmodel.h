#pragma once
// The items of a backup policy being edited (the Backup Policy tab's table): frequency,
// when in its period, retention value and unit, the compliance floor and the first problem
// the rules found with the row. Editable; the rules stay in domain/policyrules.h: the tab
// passes the findings of its whole edit and the model shows each beside its cell.
#include "domain/compliance.h"
#include "domain/finding.h"
#include "domain/policy.h"

#include <QAbstractTableModel>
#include <optional>

namespace lifeboat::itemmodels {

class PolicyItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FrequencyColumn, EveryColumn, RetentionColumn, UnitColumn, FloorColumn, ProblemColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1,  // int(domain::Severity) of the cell's finding; invalid: none
        FindingCodeRole,                  // the cell's finding's code
        LockedRole,                       // bool, column 0: the compliance policy needs this row
        ChoicesRole,  // QVariantList of {value, text} pairs for the frequency, when and unit columns
    };

    explicit PolicyItemsModel(QObject *parent = nullptr);

    void setItems(const QList<domain::PolicyItem> &items);
    QList<domain::PolicyItem> items() const { return m_items; }
    void setCompliance(const std::optional<domain::CompliancePolicy> &compliance);
    // The findings of the whole edit; the model keeps those whose field is one of its rows.
    void setFindings(const domain::Findings &findings);
    // A new item of that frequency with the smallest retention its rules allow.
    int addItem(domain::Frequency frequency);
    bool removeItem(int row);
    bool isLocked(int row) const;  // the compliance floor needs an item of this frequency
    QString lockReason(int row) const;

    // "every 6 hours", "on Monday", "on day 15", "on the last day", "in March" (translated).
    static QString intervalWords(domain::Frequency frequency, int interval);
    static QString unitWord(domain::RetentionUnit unit);
    static QList<int> intervalsOf(domain::Frequency frequency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void itemsEdited();  // by setData, addItem or removeItem: the tab checks the edit again

private:
    const domain::Finding *findingFor(int row, int column) const;
    std::optional<domain::PolicyItem> floorOf(int row) const;

    QList<domain::PolicyItem> m_items;
    std::optional<domain::CompliancePolicy> m_compliance;
    QHash<QString, domain::Finding> m_byField;  // the most severe finding per field
};

}  // namespace lifeboat::itemmodels
