#!/usr/bin/env python3
"""tst_layering: every `#include "..."` under models/, ui/ and app/ follows DESIGN.md section 3.

Where it looks: every .h/.hpp/.cpp/.cc file under models/, ui/ and app/ of the source tree
given as the first argument (tests/ is not a layer: tests may link what they need).

Each file belongs to a layer by its folder. A quoted include names a layer by its first
path segment ("cache/cache.h" -> models/cache); an include with no folder ("auth.h") is
a file beside the includer and always allowed. The allowed edges:

    app        -> ui, models/itemmodels, models/jobs, models/domain, atlas values
    ui         -> ui, models/itemmodels, models/jobs, models/domain, atlas values
    itemmodels -> itemmodels, jobs, domain, atlas values
    jobs       -> jobs, atlas, cache, domain
    atlas      -> atlas, domain
    cache      -> cache, domain
    domain     -> domain
    sandbox    -> sandbox (engine/...), domain           (app/lifeboat-sandbox)

"atlas values" are the three atlas headers jobs' public API carries (lifeboat_atlas_values
in models/atlas/CMakeLists.txt): atlas/connection.h, atlas/retrypolicy.h, atlas/apierror.h.

Also refused: any QtWidgets include under models/ (<QWidget>, <QtWidgets/...>, <QMainWindow>,
... every class header QtWidgets installs), and a quoted include that names a layer folder
that does not exist.

KNOWN_DEBTS lists the edges that are wrong today and that another change removes; each entry
must still occur (a fixed debt fails the test until its line is deleted), so the list only
shrinks. Exit status 0 when clean, 1 with one line per problem otherwise.
"""
import os
import re
import sys

UI_FOLDERS = {"mainwindow", "navigator", "timeline", "snapshots", "restore", "policy",
              "compliance", "exports", "archive", "settings", "widgets", "overview", "i18n"}
MODEL_FOLDERS = {"domain", "atlas", "cache", "jobs", "itemmodels"}
ATLAS_VALUES = {"atlas/connection.h", "atlas/retrypolicy.h", "atlas/apierror.h"}

ALLOWED = {
    "app": {"ui", "itemmodels", "jobs", "domain", "atlas-values"},
    "ui": {"ui", "itemmodels", "jobs", "domain", "atlas-values"},
    "itemmodels": {"itemmodels", "jobs", "domain", "atlas-values"},
    "jobs": {"jobs", "atlas", "atlas-values", "cache", "domain"},
    "atlas": {"atlas", "atlas-values", "domain"},
    "cache": {"cache", "domain"},
    "domain": {"domain"},
    "sandbox": {"sandbox", "domain"},
}

# (file relative to the source root, included path): why, and who removes it.
KNOWN_DEBTS = {
    ("app/lifeboat-cli/cli.cpp", "atlas/client.h"): "the CLI calls the client itself; it will submit jobs (issue 6 item 3)",
    ("app/lifeboat-cli/cli.cpp", "cache/cache.h"): "the CLI writes the cache itself; it will submit jobs (issue 6 item 3)",
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def widget_headers(widgets_dirs, gui_dirs):
    """Class headers QtWidgets installs (QWidget, QMainWindow, ...), read from the Qt include
    folders CMake passes, less the ones QtGui has too (QAction lives in QtGui in Qt 6), plus
    a fixed list so the check never goes empty."""
    names = {"QWidget", "QMainWindow", "QApplication", "QDialog", "QLabel", "QPushButton",
             "QTreeView", "QTableView", "QListView", "QAbstractItemView", "QStyledItemDelegate",
             "QLineEdit", "QComboBox", "QMessageBox", "QMenu", "QToolBar", "QLayout",
             "QVBoxLayout", "QHBoxLayout", "QGridLayout", "QFormLayout", "QSplitter", "QScrollArea",
             "QFrame", "QTabWidget", "QStackedWidget", "QStatusBar", "QHeaderView", "QStyle",
             "QStyleOptionViewItem", "QProgressBar", "QCheckBox", "QSpinBox", "QFileDialog"}
    def class_headers(dirs):
        out = set()
        for base in dirs:
            if os.path.isdir(base):
                out.update(n for n in os.listdir(base) if n.startswith("Q") and "." not in n)
        return out
    names |= class_headers(widgets_dirs) - class_headers(gui_dirs)
    return names


def layer_of(rel):
    parts = rel.split("/")
    if parts[0] == "models" and len(parts) > 2 and parts[1] in MODEL_FOLDERS:
        return parts[1]
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "app":
        return "sandbox" if len(parts) > 1 and parts[1] == "lifeboat-sandbox" else "app"
    return None


def target_of(path, including_layer):
    first = path.split("/")[0]
    if "/" not in path:
        return "local"
    if path in ATLAS_VALUES:
        return "atlas-values"
    if first in MODEL_FOLDERS:
        return first
    if first in UI_FOLDERS:
        return "ui"
    if including_layer == "sandbox" and first == "engine":
        return "sandbox"
    return "unknown"


def check(root, widgets_dirs=(), gui_dirs=()):
    problems = []
    widgets = widget_headers(widgets_dirs, gui_dirs)
    seen_debts = set()
    for top in ("models", "ui", "app"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if not name.endswith((".h", ".hpp", ".cpp", ".cc")):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                layer = layer_of(rel)
                if layer is None:
                    continue
                with open(full, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        quote, path = m.groups()
                        where = f"{rel}:{number}"
                        if quote == "<":
                            if layer in MODEL_FOLDERS and (path.startswith("QtWidgets/") or path == "QtWidgets"
                                                           or path in widgets):
                                problems.append(f"{where}: models/{layer} includes <{path}> (QtWidgets has no place under models/)")
                            continue
                        target = target_of(path, layer)
                        if target == "local":
                            continue
                        if (rel, path) in KNOWN_DEBTS:
                            seen_debts.add((rel, path))
                            continue
                        if target == "unknown":
                            problems.append(f'{where}: "{path}" names no layer folder')
                        elif target not in ALLOWED[layer]:
                            shown = "atlas (beyond its value headers)" if target == "atlas" else target
                            problems.append(f'{where}: {layer} -> {shown} is not an edge DESIGN.md section 3 allows ("{path}")')
    for debt in sorted(set(KNOWN_DEBTS) - seen_debts):
        problems.append(f'{debt[0]}: known debt "{debt[1]}" is gone; delete its line from KNOWN_DEBTS in {__file__}')
    return problems


def main():
    # check_layering.py SOURCE_ROOT [--widgets-dir DIR]... [--gui-dir DIR]...
    args = sys.argv[1:]
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    widgets_dirs, gui_dirs = [], []
    while args:
        a = args.pop(0)
        if a == "--widgets-dir" and args:
            widgets_dirs.append(args.pop(0))
        elif a == "--gui-dir" and args:
            gui_dirs.append(args.pop(0))
        else:
            root = a
    problems = check(os.path.abspath(root), widgets_dirs, gui_dirs)
    for p in problems:
        print(p)
    if problems:
        print(f"tst_layering: {len(problems)} problem(s)")
        return 1
    print("tst_layering: every #include under models/, ui/ and app/ follows DESIGN.md section 3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
