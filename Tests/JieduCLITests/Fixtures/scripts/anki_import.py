"""Imports an .apkg with Anki's own library and prints its notes as JSON: [{"type": ..., "fields": {...}}]."""
import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

package = sys.argv[1]
with tempfile.TemporaryDirectory() as folder:
    col = Collection(os.path.join(folder, "collection.anki2"))
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions()))
    notes = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes.append({"type": note.note_type()["name"], "fields": dict(note.items()),
                      "cards": len(note.cards())})
    col.close()
print(json.dumps(notes, ensure_ascii=False))
