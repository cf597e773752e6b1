"""Invented names of many traditions in short police and council texts, and the legacy code
pages to write them in: the samples of tests/ingest/test_codepages.py and
bench/codepage_names.py."""

NAMES = {
    "Icelandic": ("Þórður Sigurðsson", "Guðrún Ásdís Ólafsdóttir"),
    "Faroese": ("Rógvi Ørvarsson Dalsgarð", "Bárður á Steig"),
    "Turkish": ("Şükrü Gündoğdu", "İsmail Çelik", "Ayşe Yılmaz"),
    "Polish": ("Małgorzata Wiśniewska", "Łukasz Żółkiewski"),
    "Czech": ("Jiří Dvořák", "Květoslava Šťastná"),
    "Hungarian": ("Győző Szőke", "Erzsébet Kőrösi"),
    "Romanian": ("Ştefan Ţurcanu", "Ioana Bălăşescu", "Ștefan Țurcanu"),
    "Lithuanian": ("Žilvinas Šimkūnas", "Aušra Kazlauskienė"),
    "Latvian": ("Jānis Bērziņš", "Līga Ķēniņa"),
    "Kurdish": ("Rêbîn Şêxmûs", "Xecê Çiya"),
    "Albanian": ("Gëzim Çela", "Dritëro Hoxha"),
    "Welsh": ("Siân Llŷr", "Gwenllïan ap Dafydd"),
    "Irish": ("Seán Ó Briain", "Caoimhín Ní Dhónaill"),
    "Vietnamese": ("Đinh Văn Tâm",),
    "German": ("Jürgen Groß", "Käthe Müller"),
    "French": ("Françoise Lefèvre", "Hélène Bœuf"),
    "Scandinavian": ("Søren Ødegård", "Åsa Löfgren"),
    "Russian": ("Сергей Иванов", "Наталья Козлова"),
}
TEXTS = (
    "Statement of witness taken on 14/03/1994 at 22 Mill Row, Leeds LS6 2QP.\n"
    "{name} stated that she saw a blue Escort outside number 14 at about 22:15.\n"
    "Officer in case: DC 4471 Harris. Crime ref 13/4567/94.\n",
    "Council note, 3 May 2001. Housing visit to Flat 2, 9 Albion Terrace.\n"
    "The tenant, {name}, said the child had not been home since Friday.\n"
    "Referred to social care (ref SC-2001-0332). No further action by police.\n",
)
PAGES = (
    "cp437", "cp850", "cp852", "cp857", "cp861", "cp865", "cp775", "cp866", "cp1250", "cp1251",
    "cp1252", "cp1254", "cp1257", "cp1258", "mac_roman", "mac_turkish", "mac_latin2",
    "mac_iceland", "latin_1", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "utf_16", "utf_16_le",
    "utf_16_be", "utf_32",
)
