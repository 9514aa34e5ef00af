#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh SQLite store file in its own temporary folder, removed with the object.
class TempStore {
public:
    TempStore()
        : m_path(m_dir.filePath(QStringLiteral("hookbench.db")))
    {}
    bool isValid() const { return m_dir.isValid(); }
    const QString &path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};
