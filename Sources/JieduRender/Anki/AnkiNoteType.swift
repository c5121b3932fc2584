/// Jiedu's Chinese note type for Anki: the fields and the two cards each note makes.
enum AnkiNoteType {
  /// The note type's name in Anki.
  static let name = "Jiedu Chinese"

  /// The fields, in order.
  static let fields = [
    "Word", "Pinyin", "English", "Level", "Sentence", "Cloze", "Sentence English", "Source",
    "Glossary",
  ]

  /// Card 1: the word in its sentence → pinyin, English, level and notes.
  static let recognitionFront = """
    <div class="word">{{Word}}</div>
    <div class="sentence">{{Sentence}}</div>
    """
  /// Card 1's back.
  static let recognitionBack = """
    {{FrontSide}}<hr id="answer">
    <div class="pinyin">{{Pinyin}}</div>
    <div class="english">{{English}}</div>
    {{#Level}}<div class="level">{{Level}}</div>{{/Level}}
    {{#Glossary}}<div class="glossary">{{Glossary}}</div>{{/Glossary}}
    {{#Sentence English}}<div class="sentence-en">{{Sentence English}}</div>{{/Sentence English}}
    <div class="source">{{Source}}</div>
    """
  /// Card 2: the sentence with the word blanked out → the word.
  static let clozeFront = """
    <div class="sentence">{{Cloze}}</div>
    <div class="hint">{{English}}</div>
    """
  /// Card 2's back.
  static let clozeBack = """
    {{FrontSide}}<hr id="answer">
    <div class="word">{{Word}}</div><div class="pinyin">{{Pinyin}}</div>
    <div class="sentence">{{Sentence}}</div>
    """
  /// The cards' style.
  static let css = """
    .card { font-family: "Noto Sans CJK SC", "PingFang SC", sans-serif; font-size: 20px; text-align: center; color: #1a1a1a; background: #fff; }
    .word { font-size: 40px; font-family: "Noto Serif CJK SC", "Songti SC", serif; }
    .sentence { font-size: 22px; margin-top: 12px; font-family: "Noto Serif CJK SC", "Songti SC", serif; }
    .sentence b { color: #b3261e; }
    .pinyin { font-size: 24px; color: #333; }
    .english, .hint { font-size: 18px; }
    .level { font-size: 14px; color: #6b4fa0; }
    .glossary, .sentence-en { font-size: 16px; color: #444; margin-top: 8px; }
    .source { font-size: 12px; color: #888; margin-top: 12px; }
    """
}
