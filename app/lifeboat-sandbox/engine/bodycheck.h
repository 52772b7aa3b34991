#pragma once
// Request bodies checked against the official contract (the upstream multi-version
// OpenAPI document, embedded at build time): a small JSON Schema subset, enough for the
// backup request schemas.
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace sandbox {

struct Call;
struct Reply;

// One wrong field, as Atlas's badRequestDetail.fields lists it.
struct FieldViolation {
    enum class Kind { Unknown, Missing, Type, Enum, Range, Length, Pattern };
    Kind kind;
    QString field;        // "retentionInDays", "policies[0].policyItems[1].frequencyType"
    QString description;  // in words
};

class SchemaChecker {
public:
    explicit SchemaChecker(QJsonObject document);
    static const SchemaChecker &contract();  // the embedded Atlas contract

    // The request schema of `operationId` for `version`; empty when it has none.
    QJsonObject requestSchema(const QString &operationId, const QString &version) const;
    QList<FieldViolation> check(const QJsonValue &value, const QJsonObject &schema) const;
    const QJsonObject &document() const { return m_doc; }

private:
    QJsonObject resolve(const QJsonObject &schema, QString *name = nullptr) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, bool closed,
               QSet<QString> &stack, QList<FieldViolation> *out) const;
    void checkObject(const QJsonObject &value, const QJsonObject &schema, const QString &path, bool closed,
                     QList<FieldViolation> *out) const;
    void checkString(const QString &value, const QJsonObject &schema, const QString &path,
                     QList<FieldViolation> *out) const;
    void checkNumber(double value, const QJsonObject &schema, const QString &path, QList<FieldViolation> *out) const;
    void checkArray(const QJsonArray &value, const QJsonObject &schema, const QString &path,
                    QList<FieldViolation> *out) const;
    void collectProperties(const QJsonObject &schema, QHash<QString, QList<QJsonObject>> *props, bool *open) const;
    QJsonObject branch(const QJsonObject &schema, const QJsonValue &value, QSet<QString> &stack) const;

    QJsonObject m_doc;
};

// Parses the call's body as the route's request schema wants it. On a malformed body or
// wrong fields returns false with Atlas's 400 (INVALID_JSON, INVALID_ATTRIBUTE for an
// unknown field, MISSING_ATTRIBUTE, INVALID_ENUM_VALUE, else VALIDATION_ERROR; every wrong
// field in badRequestDetail.fields). readOnly fields are ignored, as Atlas ignores them.
bool parseBody(const Call &call, const QString &operationId, QJsonObject *out, Reply *error);

}  // namespace sandbox
