// GENERATED from Rules/ by Tests/ChatScreenCLITests/EmbeddedRulePackTests.swift. Do not edit.
// Regenerate: CHATSCREEN_RECORD=1 swift test --filter EmbeddedRulePack

/// The default rule pack, built into the binary so that an installed `chatscreen`
/// needs no repository checkout. `--rules DIR` loads another pack instead.
enum EmbeddedRulePack {
    static let files: [(path: String, text: String)] = [
        (path: "conversation.rules", text: #"""
# Conversation-level rules: how evidence combines across messages.
#
# Composites add no weight and absorb none: the conversation score is the highest message score
# in the window, and a composite that holds raises the conversation's level to its own level.
# Composites are the only way evidence combines across messages. See Rules/README.md,
# "Conversations".

conversation {
  window 100 messages       # evidence older than this stops counting
  window 7d
  max_conversations 100000  # least recently active conversations are evicted beyond this
  idle 7d                   # stream conversations silent this long are evicted (needs timestamps;
                            # never those of a chat export or plain text)
}

composite SEXTORTION_THREAT_AND_DEMAND {
  description "A publish threat and a payment demand from one sender"
  when   publish_threat >= 1.5 & payment_demand >= 1.5
  within 30 messages
  from   same sender
  level  critical
}

composite SEXTORTION_RECORDING_AND_DEMAND {
  description "A claim to hold a recording of the reader, and a payment demand, from one sender"
  when   recording_claim >= 1.5 & payment_demand >= 1.0
  within 30 messages
  from   same sender
  level  critical
}

composite SEXTORTION_LEVERAGE_AND_DEMAND {
  description "A payment demand backed by two kinds of leverage (recording, friends, deadline, intimidation)"
  when   payment_demand >= 1.5 & 2 of (recording_claim, friends_listing, deadline, intimidation)
  within 30 messages
  from   same sender
  min_weight 1.0
  level  critical
}

composite LEVERAGE_BUILDUP {
  description "Two kinds of strong leverage from one sender, before any demand"
  when   2 of (recording_claim, publish_threat, friends_listing, intimidation)
  within 20 messages
  from   same sender
  min_weight 1.5
  level  high
}

composite VIDEO_TO_RECORDING_ARC {
  description "The chat moved to video, images were asked for, then a recording was claimed"
  when   platform_move then image_request then recording_claim
  within 60 messages
  from   same sender
  level  high
}

stage escalation { when platform_move | image_request | grooming }
stage leverage   { when recording_claim | friends_listing | publish_threat | intimidation }
stage extortion  { when payment_demand & (recording_claim | friends_listing | publish_threat | intimidation) }

"""#),
        (path: "de/deadline.rules", text: #"""
# deadline (German): time pressure. Fristen are everywhere (work, returns, deliveries: "Sie haben
# 14 Tage Zeit"), so a bare time limit weighs 0.7; only a limit tied to a consequence, a countdown
# or an ultimatum on "jetzt" weighs more.

rule DE_DEADLINE_YOU_HAVE_DURATION {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"du hast 24 Stunden\", \"ich gebe dir 2 Stunden\")"
  terms {
    $opener = @de_deadline_openers
    $aware  = @awareness
  }
  when   $opener then(entity(duration), 2) | $opener then(@de_by_time, 2)
  unless $aware
  example        "Du hast 24 Stunden."
  example        "ich gebe dir 2 stunden, überleg es dir"
  example        "innerhalb von 30 Minuten"
  example        "Sie haben 48 Stunden Zeit"
  example        "du hast zeit bis heute abend"
  counterexample "der Zug braucht 2 Stunden bis München"
  counterexample "wir haben 45 Minuten auf den Bus gewartet"
}

rule DE_DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"48 Stunden, dann geht alles raus\", \"bis Mitternacht, sonst ...\")"
  terms {
    $time   = any(entity(duration), @de_by_time, "heute abend", "heute nacht", "mitternacht", "morgen früh", "morgen frueh")
    $threat = any(@de_deadline_consequence, @de_or_publish, @de_or_threats, @de_publish_threat)
    $shop   = any("rückgabe", "rueckgabe", "rücksendung", "ruecksendung", "erstattung", "bestellung", "storniert",
                  "lieferung", "paket", "abholung", "abgabe", "bericht", "präsentation", "praesentation", "meeting",
                  "projekt", "kunde", "kunden", "chef", "bewerbung", "anmeldung", "frist", "klausur", "hausarbeit")
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $time near($threat, 6)
  unless $shop
  unless $benign
  unless $aware
  example        "du hast 48 Stunden oder alle sehen es"
  example        "bis Mitternacht. danach geht das Video an deine Familie"
  example        "2 Stunden, dann poste ich alles"
  counterexample "Sie haben 48 Stunden Zeit für die Rücksendung, dann wird erstattet"
  counterexample "der Bericht muss bis morgen fertig sein, dann geht er an den Kunden"
  counterexample "ich poste die Hochzeitsfotos heute Abend auf Facebook"
}

rule DE_DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt (\"tick tack\", \"die Zeit läuft\")"
  terms {
    $tick  = @de_countdown
    $match = any("spiel", "match", "prüfung", "pruefung", "klausur", "silvester", "weihnachten", "urlaub", "konzert",
                 "ofen", "backofen", "timer", "abgabe", "deadline", "projekt", "zug", "flug", "bewerbung", "quiz",
                 "test", "rennen", "wettbewerb", "schulferien", "ferien", "geburt", "hochzeit", "abi", "abitur")
    $aware = @awareness
  }
  when   $tick
  unless $match
  unless $aware
  example        "tick tack"
  example        "Die Zeit läuft. Jede Minute die du wartest wird es schlimmer"
  example        "deine zeit läuft ab"
  counterexample "die Zeit läuft, nur noch 10 Tage bis zum Urlaub!"
  counterexample "tick tack, die Klausur ist morgen"
}

rule DE_DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance (\"letzte Warnung\", \"ich frag nicht nochmal\")"
  terms {
    $final = @de_final_warning
    $shop  = any("angebot", "sale", "rabatt", "tickets", "karten", "anmeldung", "bewerbung", "bestellen", "buchen",
                 "gutschein", "aktion", "deal", "flug", "boarding", "gate", "anmelden", "einschreibung", "prozent",
                 "gewinnspiel", "teilnehmen", "mitmachen")
    $aware = @awareness
  }
  when   $final
  unless $shop
  unless $aware
  example        "letzte Warnung"
  example        "Das ist deine letzte Chance. Ich frag nicht nochmal"
  example        "verschwende nicht meine zeit. allerletzte chance"
  counterexample "letzte Chance, Tickets für Samstag zu kaufen!"
  counterexample "ich hab ihn gewarnt, aber er hört ja nicht"
}

rule DE_DEADLINE_NOW_OR {
  category    deadline
  weight      1.0
  description "An ultimatum hinged on now (\"jetzt oder ...\", \"sofort, sonst ...\")"
  terms {
    $now   = any("jetzt", "sofort", "jetzt sofort", "heute", "heute noch", "noch heute", "heute abend", "umgehend",
                 "auf der stelle", "gleich", "direkt")
    $or    = any(@de_or_publish, @de_or_threats, "sonst", "ansonsten", "andernfalls", "oder sonst")
    $later = any("nie", "niemals", "morgen", "später", "spaeter", "nachher", "essen", "kalt", "zug", "bus", "bahn",
                 "verpassen", "verpasst", "zu spät", "zu spaet", "geschlossen", "zu", "ausverkauft", "weg")
    $fine  = @de_fine_context
    $aware = @awareness
  }
  when   $now then($or, 1)
  unless $later
  unless $fine
  unless $aware
  example        "zahl jetzt oder du wirst es bereuen"
  example        "sofort, sonst poste ich es"
  example        "heute noch oder alle sehen es"
  counterexample "jetzt oder nie, lass uns die Flüge buchen"
  counterexample "komm sofort, sonst wird das Essen kalt"
}

"""#),
        (path: "de/friends_listing.rules", text: #"""
# friends_listing (German): proof of reach into the reader's network.
# "Ich hab deine Nummer gespeichert" and "sag deiner Mama und deiner Schwester Hallo" are ordinary:
# the rules need the follower / contact list, a claim to hold it, or a roll-call of named relatives.

rule DE_FRIENDS_SCREENSHOT_LIST {
  category    friends_listing
  weight      2.0
  description "Screenshots or a saved copy of the reader's followers, friends list or contacts"
  terms {
    $screens  = any("screenshots", "screenshot", "screens", "screenshotet", "gescreenshottet", "gescreenshotet",
                    "gescreent", "abfotografiert", "bildschirmfotos", "bildschirmfoto")
    $saved    = any("gespeichert", "abgespeichert", "kopiert", "gesichert", "runtergeladen", "heruntergeladen",
                    "notiert", "aufgeschrieben")
    $network  = any(@de_network_specific, @de_circle_wide, @de_your_family_friends)
    $specific = any(@de_network_specific, @de_circle_wide)
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   $screens near($network, 4) | $saved near($specific, 4)
  unless $benign
  unless $aware
  example        "ich habe screenshots von allen deinen followern"
  example        "Hab deine Freundesliste gescreenshottet"
  example        "ich hab mir alle deine Kontakte gespeichert"
  example        "ich hab screens von deiner Familie und deinen Freunden"
  counterexample "Ich hab einen Screenshot vom Hochzeitsfoto für deine Familie gemacht"
  counterexample "hab deine neue Nummer gespeichert"
  counterexample "screenshot von deinem Stundenplan bitte"
}

rule DE_FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A claim to hold or know the reader's followers, contacts or whole circle"
  terms {
    $have    = any(@de_possession, "ich kenne", "ich kenn", "kenne ich", "kenn ich", "ich weiss wer", "ich weiss genau wer",
                   "ich weiss wo", "zugriff auf", "ich habe zugriff auf", "ich hab zugriff auf", "ich hab jetzt", "ich habe jetzt")
    $network = any(@de_network_specific, @de_circle_wide)
    $known   = any("schon lange", "seit", "von früher", "von frueher", "nett", "lieb", "gut", "kaum", "nicht", "gar nicht",
                   "noch nicht", "flüchtig", "fluechtig", "vom sehen", "grüss", "gruess")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $have then($network, 3) | any("ich kenne", "ich kenn", "ich weiss wer", "ich weiss genau wer") then(@de_your_family_friends, 1)
  unless $known
  unless $benign
  unless $aware
  example        "ich habe alle deine follower"
  example        "Ich hab Zugriff auf deine Kontakte"
  example        "ich kenne deine ganze Familie und jeden den du kennst"
  example        "ich kenne deine Familie, deine Freunde, alle."
  counterexample "hast du noch meine Kontakte auf dem alten Handy?"
  counterexample "deine Follower werden das lieben"
  counterexample "ich hab alle deine Freunde zur Party eingeladen"
  counterexample "ich kenne deine Familie schon seit Jahren, total nett"
}

rule DE_FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A roll-call of the reader's parents, siblings and partner or friends in one message"
  terms {
    $parent  = @de_your_parents
    $sibling = @de_your_siblings
    $friend  = any(@de_your_partner, @de_institutions)
    $polite  = any("grüss", "gruess", "gruss", "grüsse", "gruesse", "liebe grüsse", "lg", "hallo", "kommen", "kommt",
                   "eingeladen", "einladung", "essen", "feier", "party", "geburtstag", "danke", "bring", "mitbringen",
                   "abholen", "besuch", "besuchen", "zeit", "uhr")
    $aware   = @awareness
  }
  when   $parent & $sibling & $friend
  unless $polite
  unless $aware
  example        "deine Mutter Sabine, deine Schwester Lea und dein bester Freund Tim"
  example        "dein Vater heißt Markus, dein Bruder Jonas, deine Freundin ist Laura"
  counterexample "Sag deiner Mama, deiner Schwester und deiner Freundin liebe Grüße"
  counterexample "deine Eltern, dein Bruder und deine Freundin kommen um sechs"
}

rule DE_FRIENDS_IS_THIS_YOUR {
  category    friends_listing
  weight      1.0
  description "Checking a name against the reader's family (\"ist das deine Schwester? Lea Müller\")"
  terms {
    $ask    = any("ist das", "ist das hier", "das ist doch", "das ist", "sind das", "das sind")
    $person = any(@de_your_parents, @de_your_siblings, @de_your_partner)
    $photo  = any("foto", "fotos", "bild", "bilder", "video", "auf dem", "auf der", "am telefon", "an der tür",
                  "auto", "draussen", "unten", "vorne", "drüben", "drueben", "süss", "suess", "hübsch", "huebsch",
                  "toll", "nett", "lieb", "gruss", "grüsse")
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $ask then($person, 0)
  unless $photo
  unless $benign
  unless $aware
  example        "ist das deine Schwester? Lea Wagner"
  example        "das ist doch deine Mutter, Sabine K. aus Köln"
  counterexample "ist das deine Schwester auf dem Foto?"
  counterexample "ist das deine Mama am Telefon?"
}

"""#),
        (path: "de/grooming.rules", text: #"""
# grooming (German): secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule DE_GROOMING_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it"
  terms {
    $secret = @de_secrecy
    $happy  = any("überraschung", "ueberraschung", "geburtstag", "party", "schwanger", "verlobt", "verlobung",
                  "geschenk", "hochzeit", "antrag", "baby", "surprise", "feier", "weihnachten", "voll", "speicher",
                  "rezept", "kuchen", "versteck")
    $aware  = @awareness
  }
  when   $secret
  unless $happy
  unless $aware
  example        "das ist unser kleines Geheimnis"
  example        "erzähl niemandem von uns ok?"
  example        "lösch den chat danach"
  counterexample "sag es keinem, aber wir sind verlobt!!"
  counterexample "erzähl Jana nichts, es ist eine Überraschung für ihren Geburtstag"
}

rule DE_GROOMING_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, family or police out of it (\"sag deinen Eltern nichts\")"
  terms {
    $tell    = @de_dont_tell
    $parents = any(@de_your_parents, @de_your_siblings, @de_police, "deiner familie", "deine familie", "deinen lehrern",
                   "deiner lehrerin", "deinem lehrer", "niemandem", "keinem")
    $nothing = @de_say_nothing
    $explain = @de_parents_dont_know
    $happy   = any("überraschung", "ueberraschung", "überraschungsparty", "ueberraschungsparty", "überraschungsfeier",
                   "ueberraschungsfeier", "planen", "geplant", "geburtstag", "party", "schwanger", "geschenk", "hochzeit", "feier",
                   "weihnachten", "muttertag", "vatertag", "zeugnis", "note", "noten", "kaputt", "beule", "kratzer")
    $aware   = @awareness
  }
  when   $tell near($parents, 2) & $tell near($nothing, 4) | $explain
  unless $happy
  unless $aware
  example        "sag deinen Eltern nichts von mir"
  example        "deine Eltern würden das nicht verstehen. deine Mutter darf nichts merken"
  example        "geh bloß nicht zur Polizei"
  counterexample "sag deiner Mama nichts von der Überraschung"
  counterexample "sag deinen Eltern Bescheid, dass du später kommst"
}

rule DE_GROOMING_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved, or who can see their phone"
  terms {
    $alone = @de_alone_checks
    $chore = any("paket", "lieferung", "tür auf", "tuer auf", "klingel", "schlüssel", "schluessel", "abendessen",
                 "hilfe", "vorbeikommen", "abholen", "handwerker", "hund", "hunde", "essen", "einkaufen", "krank",
                 "fieber", "angst", "gewitter", "heizung", "strom", "stromausfall", "kino", "zocken")
    $aware = @awareness
  }
  when   $alone
  unless $chore
  unless $aware
  example        "bist du grad allein?"
  example        "ist jemand bei dir im Zimmer?"
  example        "schlafen deine eltern schon? schließ deine tür ab"
  counterexample "bist du allein zuhause? ich kann vorbeikommen und helfen"
  counterexample "ist jemand bei dir? der Paketbote klingelt gleich, Paket für mich"
}

rule DE_GROOMING_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or class"
  terms {
    $age   = @de_age_questions
    $ok    = any("wirst du", "geburtstag", "auto", "hund", "katze", "haus", "baby", "feier", "kuchen", "party",
                 "führerschein", "fuehrerschein", "wählen", "waehlen", "jahrgang", "lehrer", "lehrerin")
    $aware = @awareness
  }
  when   $age
  unless $ok
  unless $aware
  example        "wie alt bist du?"
  example        "auf welche schule gehst du"
  example        "bist du schon 18?"
  counterexample "wie alt wird deine Katze eigentlich?"
  counterexample "wie alt bist du geworden? noch alles Gute zum Geburtstag"
}

rule DE_GROOMING_MATURE_FLATTERY {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart from peers and parents (\"so reif für dein Alter\")"
  terms {
    $flatter = @de_mature_flattery
    $aware   = @awareness
  }
  when   $flatter
  unless $aware
  example        "du bist so reif für dein alter"
  example        "Alter ist nur eine Zahl. Ich bin nicht wie die anderen"
  example        "keiner versteht dich so wie ich"
  counterexample "er ist seit dem Studium so erwachsen geworden"
  counterexample "meine Eltern verstehen meine Musik nicht"
}

"""#),
        (path: "de/image_request.rules", text: #"""
# image_request (German): asking for intimate images or acts, often traded.
# "Schick mir ein Bild von der Speisekarte" is ordinary: the generic request weighs 0.5 and stands
# down on everyday subjects; explicit requests weigh more but alone stay below medium, because
# flirting between adults is not extortion.

rule DE_IMAGE_SEND_PIC {
  category    image_request
  weight      0.5
  description "A request for a picture or video of the reader"
  terms {
    $ask      = any(@de_send_me, "zeig mir", "zeigst du mir", "kannst du mir", "kann ich", "darf ich", "hast du",
                    "haste", "schick ein", "schick eins", "schick noch", "schick paar", "schicke ein", "schicke eins")
    $pic      = any("bild", "bilder", "foto", "fotos", "pic", "pics", "selfie", "selfies", "video", "videos", "vid",
                    "fotto", "bildchen")
    $direct   = @de_pics_of_you
    $everyday = @de_benign_subjects
    $explicit = @de_explicit_requests
    $drawn    = any("code", "codes", "gemalt", "gezeichnet", "zeichnung", "ausgedruckt", "gerahmt", "haha", "lol", "xd", "von früher",
                    "von frueher", "als kind", "gefunden")
    $aware    = @awareness
  }
  when   $ask then($pic, 2) | $direct
  unless $drawn
  unless $everyday
  unless $explicit
  unless $aware
  example        "schick mir ein bild"
  example        "zeig mir mal ein foto von dir"
  example        "kann ich ein selfie haben?"
  counterexample "schick mir ein Bild von der Speisekarte"
  counterexample "Mama will die Bilder von der Hochzeit"
  counterexample "ich hab ein Bild von dir gemalt haha"
}

rule DE_IMAGE_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A request for nude or explicit images"
  terms {
    $request  = @de_explicit_requests
    $ask      = any(@de_send_me, "zeig mir", "zeigst du mir", "hast du", "haste", "her mit", "will sehen",
                    "möchte sehen", "moechte sehen", "schickst du")
    $material = any(@de_explicit_material, @explicit_material)
    $everyday = @de_benign_subjects
    $aware    = @awareness
  }
  when   $request | $ask near($material, 3)
  unless $everyday
  unless $aware
  example        "schick mir nacktbilder"
  example        "zeig mir deinen Körper"
  example        "hast du nudes? schick mal eins ohne Klamotten"
  counterexample "Schick niemals Nacktbilder an Fremde. Wenn jemand fragt, sprich mit einer Vertrauensperson"
  counterexample "du sahst gestern in dem Kleid toll aus"
}

rule DE_IMAGE_ACT_ON_CAM {
  category    image_request
  weight      1.4
  description "A request to undress or perform sexual acts on camera"
  terms {
    $act      = @de_cam_acts
    $explicit = @de_explicit_requests
    $home     = any("duschen", "dusche", "baden", "bad", "badewanne", "schlafanzug", "nass", "regen", "schuhe", "jacke",
                    "mantel", "arzt", "ärztin", "aerztin", "umkleide", "anprobe", "kostüm", "kostuem", "bett",
                    "schwimmbad", "sauna", "waschmaschine", "wäsche", "waesche")
    $aware    = @awareness
  }
  when   $act
  unless $explicit
  unless $home
  unless $aware
  example        "zieh dich aus"
  example        "jetzt fass dich für mich an"
  example        "beweg die kamera runter und mach es vor der kamera"
  counterexample "zieh dich aus und ab in die Badewanne"
  counterexample "zieh deine Schuhe aus bevor du reinkommst"
}

rule DE_IMAGE_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"ich zeig dir meins, wenn du mir deins zeigst\", \"Bild gegen Bild\")"
  terms {
    $trade    = @de_trade
    $explicit = any(@de_explicit_requests, @de_cam_acts)
    $toys     = any("fahrrad", "auto", "zeichnung", "bild gemalt", "hausaufgaben", "karten", "garten", "zimmer", "outfit",
                    "kostüm", "kostuem", "kuchen", "nägel", "naegel", "haare", "tattoo", "spiel", "würfeln",
                    "wuerfeln", "uno", "schach", "monopoly", "runde", "zug", "aufgabe", "abwasch", "müll", "muell",
                    "kochen", "film", "aussuchen", "wahrheit oder pflicht", "sammelkarten", "sticker", "panini")
    $everyday = @de_benign_subjects
    $aware    = @awareness
  }
  when   $trade
  unless $explicit
  unless $toys
  unless $everyday
  unless $aware
  example        "ich zeig dir meins wenn du mir deins zeigst"
  example        "ich hab dir meins geschickt, jetzt schick mir deins"
  example        "bild gegen bild?"
  counterexample "ich zeig dir meins, du zeigst mir dein neues Fahrrad"
  counterexample "jetzt bist du dran mit Würfeln"
  counterexample "schick mir nacktbilder, ich zeig dir meins"
}

rule DE_IMAGE_FACE_PROOF {
  category    image_request
  weight      1.0
  description "Asking the reader to include their face or prove it is them"
  terms {
    $face  = @de_face_proof
    $ok    = any("ausweis", "passbild", "passfoto", "bewerbung", "bewerbungsfoto", "profilbild", "videoident",
                 "verifizieren", "verifizierung", "bank", "party", "tür", "tuer", "klingel", "mal wieder", "mal blicken",
                 "maske", "sonnenbrille", "creme", "schminke", "make up", "sonnenbrand")
    $aware = @awareness
  }
  when   $face
  unless $ok
  unless $aware
  example        "mit gesicht bitte"
  example        "schick eins mit deinem Gesicht drauf, damit ich weiss dass du es bist"
  example        "gesicht und körper diesmal"
  counterexample "lass mal wieder dein Gesicht auf der Party sehen"
  counterexample "für den Ausweis brauchst du ein Foto mit Gesicht"
}

"""#),
        (path: "de/intimidation.rules", text: #"""
# intimidation (German): credibility props and fear. Threat idioms ("Mama bringt dich um") are
# common in banter, so harm and jail threats alone stay below medium.

rule DE_INTIMIDATION_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help the reader"
  terms {
    $police = @de_police
    $futile = @de_police_futility
    $petty  = any("fahrrad", "rad", "lärm", "laerm", "nachbarn", "nachbar", "auto", "parken", "einbruch", "gestohlen",
                  "geklaut", "diebstahl", "keller", "ruhestörung", "ruhestoerung", "party", "graffiti", "handy geklaut")
    $aware  = @awareness
  }
  when   $police near($futile, 4)
  unless $petty
  unless $aware
  example        "die Bullen finden mich nie"
  example        "geh ruhig zur Polizei, die können dir nicht helfen"
  example        "Polizei kann nichts machen, ich bin nicht in deinem Land"
  counterexample "die Polizei kann wegen dem Lärm nebenan nichts machen"
  counterexample "die Polizei war super, die haben mein Fahrrad gefunden"
}

rule DE_INTIMIDATION_UNTRACEABLE {
  category    intimidation
  weight      1.4
  description "Claims to be out of reach (\"ich bin nicht in deinem Land\", \"du findest mich nie\")"
  terms {
    $away  = @de_untraceable
    $game  = any("verstecken", "versteckspiel", "versteck", "spiel", "haha", "lol", "xd", "wald", "festival")
    $aware = @awareness
  }
  when   $away
  unless $game
  unless $aware
  example        "ich bin nicht in deinem land"
  example        "du kannst mich nicht zurückverfolgen, das ist ein fake profil"
  example        "du wirst mich nie finden"
  counterexample "nächste Woche bin ich nicht im Land, ab dem 12. wieder da"
  counterexample "du findest mich nie, ich hab das beste Versteck haha"
}

rule DE_INTIMIDATION_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring or leaving punished with exposure"
  terms {
    $block = @de_block_conditions
    $then  = any(@de_publish_threat, @de_publish_verbs, @de_or_publish, @de_circle_wide, @de_network_specific,
                 @de_your_family_friends)
    $aware = @awareness
  }
  when   $block near($then, 8)
  unless $aware
  example        "blockier mich nicht sonst poste ich es"
  example        "wenn du mich ignorierst, sehen es alle deine freunde"
  example        "Wenn du nicht antwortest, geht das Video an deine Familie"
  counterexample "blockier mich nicht lol war nur Spaß"
  counterexample "wenn du nicht antwortest, schreib ich dir morgen nochmal"
}

rule DE_INTIMIDATION_FALSE_REPORT {
  category    intimidation
  weight      2.0
  description "Threats to brand or report the reader as a paedophile or sex offender"
  terms {
    $accuse = @de_accusers
    $label  = @de_accusation_labels
    $news   = any("nachrichten", "verhaftet", "festgenommen", "verurteilt", "gericht", "doku", "artikel", "film",
                  "zeitung", "bericht", "prozess", "serie", "tatort")
    $joke   = any("lol", "haha", "xd", "fifa", "zocken")
    $aware  = @awareness
  }
  when   $accuse near($label, 4)
  unless $news
  unless $joke
  unless $aware
  example        "ich zeige dich als pädophilen bei der Polizei an"
  example        "ich sag allen, dass du ein Kinderschänder bist"
  example        "Ich melde dich wegen Kinderpornografie"
  counterexample "in Köln haben sie einen Pädophilen festgenommen, kam in den Nachrichten"
  counterexample "der Tatort gestern über den Kinderschänder war heftig"
}

rule DE_INTIMIDATION_HARM_JAIL {
  category    intimidation
  weight      1.2
  description "Threats of prison, harm or ruin, an underage frame, or \"you have no choice\""
  terms {
    $harm  = @de_harm_jail
    $joke  = any("haha", "lol", "xd", "minuten", "minute", "min", "stunden", "uhr", "sekunden", "tage", "km", "meter",
                 "parken", "falschparken", "strafzettel", "monopoly", "spiel", "steuer", "schwarzfahren", "pizza",
                 "kuchen", "probieren", "versuchen", "ticket", "alkohol", "club", "disco", "kino", "film", "fsk",
                 "schlüssel", "schluessel", "vorbei", "vorbeibringen", "paket", "abholen", "gewesen", "war", "als wir",
                 "als ich", "damals")
    $aware = @awareness
  }
  when   $harm
  unless $joke
  unless $aware
  example        "du kommst in den Knast dafür"
  example        "ich bin erst 15. du hast Nacktbilder an eine Minderjährige geschickt"
  example        "ich weiss wo du wohnst"
  example        "du hast keine wahl. tu was ich sage"
  counterexample "ich bin erst 15 Minuten weg, komm gleich"
  counterexample "du kommst in den Knast für das Falschparken haha"
  counterexample "ich weiss wo du wohnst, ich bring dir die Schlüssel später vorbei"
}

"""#),
        (path: "de/payment_demand.rules", text: #"""
# payment_demand (German): a demand for money, with an amount or a payment rail.
# Friends settling up ("schick mir die 20 € fürs Kino zurück") stay low: the everyday forms weigh
# at most 1.0 and stand down on refund context; only a demand hinged on an ultimatum weighs 2.5.
# Amounts: entity(money) ("500 €", "500 Euro", "1k"), spelled amounts (@de_amounts) and slang
# after a number ("500 Mäuse", "2 Riesen").

rule DE_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"zahl 500 € oder ...\", \"sonst ...\")"
  terms {
    $pay    = any(@de_pay_commands, @de_send_me, @de_pay_hinge)
    $slang  = any("mäuse", "maeuse", "mause", "öcken", "oecken", "ocken", "kröten", "kroeten", "kroten", "tacken", "flocken", "piepen", "euronen", "riesen", "mille", "tausender", "hunderter")
    $orelse = any(@de_or_publish, @de_or_threats, @de_conditions, "sonst", "ansonsten", "andernfalls", "oder es geht",
                  "oder das geht", "oder es kommt", "oder das kommt", "oder alles kommt", "oder es landet", "oder das landet")
    $owed   = @refund_context
    $fine   = @de_fine_context
    $aware  = @awareness
  }
  when   $pay near(entity(money) | @de_amounts | entity(number) then($slang, 0), 3)
         & (entity(money) | @de_amounts | entity(number) then($slang, 0)) near($orelse, 4)
  unless $owed
  unless $fine
  unless $aware
  example        "zahl 500 € oder das geht über Facebook raus"
  example        "Überweis mir 300 Euro, sonst schick ich das Video an deine Familie"
  example        "du zahlst 1000 € oder alle sehen es"
  example        "schick 200 Mäuse sonst bist du dran"
  example        "wenn du nicht 500 € zahlst, poste ich alles"
  counterexample "zahl mir die 20 € zurück, sonst vergess ich das wieder"
  counterexample "bezahl die 50 € Strafe, sonst wird es teurer"
  counterexample "Die Täter schreiben: zahl 500 € oder ich poste es. Zahlt nie!"
  counterexample "schick mir 5 oder 10 €, je nachdem was du hast"
  counterexample "zahl die 20 €, sonst bekommst du kein Ticket"
}

rule DE_PAY_WANT_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A first-person demand for an amount (\"ich will 500 €\", \"ich verlange 300 Euro\")"
  terms {
    $want   = @de_demand_want
    $slang  = any("mäuse", "maeuse", "mause", "öcken", "oecken", "ocken", "kröten", "kroeten", "kroten", "tacken", "flocken", "piepen", "euronen", "riesen", "mille", "tausender", "hunderter")
    $ctx    = @refund_context
    $aware  = @awareness
  }
  when   $want then(entity(money) | @de_amounts | entity(number) then($slang, 0), 2)
  unless $ctx
  unless $aware
  example        "Ich will 500 €."
  example        "ich verlange 300 euro. sofort"
  example        "ich will fünfhundert euro"
  example        "das kostet dich 500 €"
  example        "Ich brauche 2 Riesen bis morgen"
  counterexample "ich brauche 20 € für den Zug morgen"
  counterexample "ich will meine 5 € zurück du geizhals"
  counterexample "ich will maximal 300 € für das Handy ausgeben"
}

rule DE_PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "An imperative to pay or send an amount, with no everyday reason nearby"
  terms {
    $pay    = any(@de_pay_commands, @de_send_me)
    $slang  = any("mäuse", "maeuse", "mause", "öcken", "oecken", "ocken", "kröten", "kroeten", "kroten", "tacken", "flocken", "piepen", "euronen", "riesen", "mille", "tausender", "hunderter")
    $ctx    = @refund_context
    $aware  = @awareness
  }
  when   $pay then(entity(money) | @de_amounts | entity(number) then($slang, 0), 2)
  unless $ctx
  unless $aware
  example        "überweis mir 300 € jetzt"
  example        "Zahl 200 Euro heute"
  example        "du musst zahlen: 1k, keine diskussion"
  example        "schick mir fünfhundert euro auf dieses konto"
  counterexample "schick mir die 20 € fürs Kino zurück"
  counterexample "ich schick dir 15 € für die Pizza"
  counterexample "zahl mir 30 € für den Sprit, dann sind wir quitt"
}

rule DE_PAY_RAIL_OR_CHASE {
  category    payment_demand
  weight      0.9
  description "Payment through a named rail (Paysafecard, Gutschein, PayPal, Bitcoin), gift-card codes, chasing the money, or deletion promised for payment"
  terms {
    $pay   = any(@de_pay_commands, @de_send_me, "kauf", "kaufst", "kaufe", "holst", "hol", "besorg", "besorge")
    $rail  = any(@de_rails, @payment_rails, @gift_cards, @crypto, @wire_services)
    $codes = @de_card_codes
    $chase = @de_pay_chase
    $delete = @de_delete_promise
    $paid  = any("zahlst", "bezahlst", "überweist", "ueberweist", "uberweist", "zahlung", "geld", "kohle", "bezahlt",
                 "gezahlt", "überwiesen", "ueberwiesen", "zahl", "bezahl", entity(money))
    $files = any("app", "datei", "dateien", "entwurf", "mail", "mails", "spam", "alte fotos", "duplikate", "unscharf",
                 "unscharfen", "verwackelt", "verwackelten", "doppelten", "rechnung", "bestellung", "konto", "account")
    $happy = any("geburtstag", "weihnachten", "geschenk", "danke", "oma", "opa", "wichteln", "gewinnspiel", "gewonnen", "eingelöst", "funktioniert", "versicherung", "steuer", "erstattung", "gehalt", "lohn", "bafög", "bafoeg", "kindergeld", "amt", "vermieter", "handwerker", "auto", "fahrrad", "konsole", "vinted", "ebay", "kleinanzeigen")
    $ctx   = @refund_context
    $aware = @awareness
  }
  when   $pay near($rail, 3) | $rail near($codes, 8) | $chase | $delete near($paid, 6)
  unless $files
  unless $happy
  unless $ctx
  unless $aware
  example        "kauf eine Paysafecard und schick mir den Code"
  example        "nur Steam Guthaben oder Amazon Gutschein, schick mir die Codes"
  example        "schick es per paypal, jetzt"
  example        "wo bleibt mein Geld??"
  example        "wenn du zahlst, lösche ich das Video"
  counterexample "ich schick dir das Geld per PayPal zurück"
  counterexample "Oma hat mir einen Amazon Gutschein zum Geburtstag geschenkt, der Code hat funktioniert"
  counterexample "Betrüger verlangen oft Paysafecard Codes. Zahl nie!"
  counterexample "ich lösche die unscharfen Fotos, wenn du bezahlt hast kriegst du die guten"
}

rule DE_PAY_OR_ELSE_NO_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A payment demand without an amount, hinged on a threat (\"zahl, oder ich poste es\")"
  terms {
    $pay    = @de_pay_hinge
    $orelse = any(@de_or_publish, @de_or_threats)
    $owed   = @refund_strict
    $fine   = @de_fine_context
    $aware  = @awareness
  }
  when   $pay then($orelse, 3)
  unless $owed
  unless $fine
  unless $aware
  example        "zahl oder ich poste es"
  example        "schick das Geld, sonst sehen alle dein Video"
  example        "du zahlst jetzt oder du wirst es bereuen"
  counterexample "zahl die Rechnung, sonst kommt eine Mahnung"
  counterexample "zahl mir das zurück oder ich erzähl es Mama haha"
}

"""#),
        (path: "de/platform_move.rules", text: #"""
# platform_move (German): moving the chat to a less moderated app or to live video.
# Friends swap handles and video call all the time ("schreib mir auf WhatsApp wenn du da bist"), so
# every rule here is a weak signal (<= 1.0) and ordinary forms stay low.

rule DE_PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"adde mich auf Snap\"), or one's own handle shared"
  terms {
    $move   = @de_move_phrases
    $app    = any(@chat_platforms, @messaging_apps, @snap, "whatsi", "tele", "insta", "snapchat")
    $handle = @de_handle_shared
    $down   = any("kaputt", "down", "gesperrt", "geht nicht", "spinnt", "gehackt", "gelöscht", "geloescht")
    $aware  = @awareness
  }
  when   $move then($app, 2) | $handle
  unless $down
  unless $aware
  example        "adde mich auf snap"
  example        "lass uns auf Telegram weiterschreiben"
  example        "mein snap ist lena_2008, add mich"
  counterexample "ich hab die Fotos zum geteilten Album hinzugefügt"
  counterexample "Snapchat war heute morgen down"
  counterexample "mein Snapchat ist gerade kaputt, schreib mir per SMS"
}

rule DE_PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking whether the reader is on, or what their name is on, another app"
  terms {
    $ask   = @de_ask_handle
    $app   = any(@chat_platforms, @messaging_apps, @snap, "snapchat", "insta", "snap name", "snapname", "skype name",
                 "telegram name", "discord name", "kik name", "handynummer", "whatsapp nummer")
    $aware = @awareness
  }
  when   $ask then($app, 1)
  unless $aware
  example        "hast du snap?"
  example        "was ist dein Snapchat"
  example        "bist du auf telegram?"
  counterexample "Skype laggt heute total"
  counterexample "ich schreib dir die Adresse per WhatsApp"
}

rule DE_PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera"
  terms {
    $video = any(@de_video_call, "facetimen", "skypen")
    $aware = @awareness
  }
  when   $video
  unless $aware
  example        "lass uns videochatten"
  example        "mach mal deine kamera an"
  example        "können wir videotelefonieren?"
  counterexample "das Video vom Spiel war mega"
  counterexample "meine Kamera-Rolle ist schon wieder voll"
}

rule DE_PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      1.0
  description "A move justified by privacy: disappearing messages, secret chats, nobody reading along"
  terms {
    $app     = any(@chat_platforms, @messaging_apps, @snap, @de_move_phrases, "app", "chat", "snapchat")
    $private = @de_private_reasons
    $booking = any("zimmer", "tisch", "raum", "parkplatz", "party", "strand", "feier", "reservierung", "unterricht",
                   "nachhilfe", "parken", "zugang", "passwort", "bank", "banking", "konto", "zahlung", "update", "akku",
                   "sicherheitslücke", "sicherheitsluecke", "datenschutz")
    $aware   = @awareness
  }
  when   $app near($private, 6)
  unless $booking
  unless $aware
  example        "lass uns auf telegram, da kann keiner mitlesen"
  example        "adde mich auf snap, da verschwinden die Nachrichten"
  example        "schreib mir auf Signal, das ist privater"
  counterexample "wir haben einen privateren Raum im Restaurant reserviert"
  counterexample "die Banking App ist sicherer seit dem Update"
}

rule DE_PLATFORM_LEAVE_SITE {
  category    platform_move
  weight      0.8
  description "Talking the reader off the current app or site (\"ich bin hier selten\")"
  terms {
    $off   = @de_off_site
    $aware = @awareness
  }
  when   $off
  unless $aware
  example        "ich bin hier selten online, hast du snap?"
  example        "die app ist langweilig, lass uns woanders schreiben"
  counterexample "die App stürzt ständig ab, ich installier sie neu"
  counterexample "ich bin kaum noch auf Facebook"
}

"""#),
        (path: "de/publish_threat.rules", text: #"""
# publish_threat (German): a threat to publish the material or send it to the reader's circle.
# Posting holiday photos ("die Urlaubsfotos kommen auf Insta") is ordinary life: the strong rules
# need an ultimatum before the platform, explicit material, or the reader's whole network.

rule DE_PUBLISH_GOES_ON_PLATFORM {
  category    publish_threat
  weight      2.5
  description "After an ultimatum, or said of the material, it \"goes / lands\" on a platform (\"oder das geht über Facebook raus\")"
  terms {
    $hinge    = any(@de_conditions, "oder", "sonst", "ansonsten", "andernfalls", "wenn nicht", "falls nicht")
    $material = any(@de_material_refs, @de_your_media, @de_explicit_material)
    $goes     = @de_goes
    $onto     = any("auf", "über", "ueber", "uber", "bei", "in", "ins", "im", "an")
    $platform = any(@publish_platforms, @messaging_apps, @snap, @porn_sites, @de_your_accounts, @de_places_online,
                    "insta", "instagram", "whatsapp", "telegram", "youtube", "tiktok", "pornhub", "xhamster",
                    "facebook", "fb", "netz", "internet", "überall", "ueberall", "uberall")
    $question = any("oder geht", "oder gehts", "oder kommt", "oder landet", "geht das auch", "kann man", "soll ich",
                    "sollen wir", "kannst du", "könnt ihr", "koennt ihr", "anmelden", "anmeldung", "login",
                    "einloggen", "registrieren", "werbung", "event", "veranstaltung", "live", "livestream")
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   ($hinge | $material) then($goes then($onto then($platform, 1), 3), 4)
         | $goes then($material then($onto then($platform, 1), 2), 1)
  unless $question
  unless $benign
  unless $aware
  example        "zahl 500 € oder das geht über Facebook raus"
  example        "sonst landet das Video auf Insta"
  example        "wenn du nicht zahlst, geht alles auf deinem Facebook online"
  example        "dein Nacktvideo landet auf Pornhub"
  example        "morgen geht das video auf tiktok"
  counterexample "Soll ich das Video schicken oder geht das auch über WhatsApp?"
  counterexample "Die Anmeldung geht über Facebook, ganz einfach"
  counterexample "die Urlaubsfotos kommen morgen auf Insta, so schön"
  counterexample "Sextortion: die Täter drohen, sonst landet das Video auf Facebook"
}

rule DE_PUBLISH_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or sending explicit material, or uploading to porn sites (\"ich poste deine Nacktbilder\")"
  terms {
    $verb     = @de_publish_verbs
    $material = any(@de_explicit_material, @explicit_material)
    $porn     = any(@porn_sites, "pornhub", "xhamster", "xvideos", "youporn", "pornoseite", "pornoseiten", "pornoportal",
                    "pornoportale", "pornoplattform", "pornoplattformen", "pornosites")
    $never    = any("ich zeig dir", "ich zeige dir", "zeig ich dir", "meins", "deins", "nie", "niemals", "keine nacktbilder", "keine nudes", "keine nacktfotos", "keine intimen",
                    "nicht posten", "nicht veröffentlichen", "nicht veroeffentlichen", "nicht schicken",
                    "nicht verschicken", "nicht teilen", "nicht weiterleiten", "niemand", "niemandem", "keiner")
    $aware    = @awareness
  }
  when   $verb near($material, 5) | $verb near($porn, 5)
  unless $never
  unless $aware
  example        "ich poste deine Nacktbilder überall"
  example        "deine nudes werden gepostet, heute noch"
  example        "Ich schicke das Video wie du dir einen runterholst an alle"
  example        "alle sehen deinen Schwanz"
  example        "ich lade dein Video auf Pornhub hoch"
  counterexample "Wenn jemand droht, deine Nacktbilder zu veröffentlichen: nicht zahlen, Vertrauensperson suchen"
  counterexample "ich schick niemals Nacktbilder, bin ja nicht blöd"
  counterexample "schick mir mal die Bilder vom Strand"
  counterexample "Sextortion-Täter drohen, Videos auf Pornoseiten hochzuladen"
}

rule DE_PUBLISH_TO_NETWORK {
  category    publish_threat
  weight      2.0
  description "A promise to send or post the material to the reader's whole network, school or work"
  terms {
    $threat  = any(@de_publish_threat, @de_publish_verbs)
    $network = any(@de_circle_wide, @de_network_specific, @de_institutions, @de_places_online)
    $docs    = any("formular", "zettel", "unterlagen", "dokument", "dokumente", "hausaufgaben", "krankmeldung", "attest",
                   "entschuldigung", "bewerbung", "lebenslauf", "bericht", "präsentation", "praesentation", "datei",
                   "rechnung", "dienstplan", "plan", "termin", "termine", "protokoll", "noten", "zeugnis", "link",
                   "rezept", "anzeige", "inserat", "artikel", "blog", "kleinanzeigen", "ebay", "vinted", "wohnung",
                   "angebot", "lebenslauf", "flohmarkt")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $threat then($network, 6)
  unless $docs
  unless $benign
  unless $aware
  example        "ich schicke es an alle deine Freunde"
  example        "Ich werde das Video deinen Followern zeigen"
  example        "ich schick das an deine schule und an deinen chef"
  example        "Ich werde das Video an alle Ihre Kontakte senden"
  example        "ich poste das video in eurer klassengruppe"
  counterexample "ich schicke die Einladung an alle deine Freunde"
  counterexample "ich schick das Formular an deine Lehrerin, ok?"
  counterexample "deine Follower fanden das Foto super"
  counterexample "ich stell das Inserat für die Wohnung ins Internet"
}

rule DE_PUBLISH_RELATIVE_OR_AUDIENCE {
  category    publish_threat
  weight      1.3
  description "Sending the material to a relative, or taunting about who will see it (\"willst du, dass deine Mutter das sieht?\")"
  terms {
    $threat   = @de_publish_threat
    $person   = any(@de_your_parents, @de_your_siblings, @de_your_partner, @de_your_family_friends)
    $audience = any(@de_your_parents, @de_your_siblings, @de_your_partner, @de_your_family_friends, @de_circle_wide,
                    @de_network_specific, "alle", "jeder")
    $want     = any("willst du dass", "willst du das", "möchtest du dass", "moechtest du dass", "willst du wirklich dass",
                    "wenn du nicht willst dass", "wenn du nicht willst das", "soll etwa", "sollen etwa")
    $see      = any("sieht", "sehen", "erfährt", "erfaehrt", "erfahren", "bekommt", "bekommen", "weiss", "wissen", "kriegt",
                    "kriegen")
    $will     = any("wird", "werden", "bekommt", "bekommen", "kriegt", "kriegen", "erfährt", "erfaehrt", "erfahren")
    $material = any(@de_material_refs, @de_your_media, @de_explicit_material, "was du gemacht hast",
                    "was du getan hast", "was du machst", "was du da machst")
    $ok       = any("rezept", "zeugnis", "bescheid", "einkaufsliste", "adresse", "termin", "haha", "lol", "schon mal",
                    "vorher", "toll", "lieben", "super", "schön", "schoen", "freuen", "mögen", "moegen", "gefallen",
                    "stolz", "haus", "wohnung", "garten", "küche", "kueche", "ergebnis")
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   $threat then($person, 6) | $want then($audience then($see, 4), 1) | $audience then($will, 1) near($material, 5)
  unless $ok
  unless $benign
  unless $aware
  example        "ich schick das video deiner mutter"
  example        "ich zeige es deiner Freundin, mal sehen was sie sagt"
  example        "ich werde das deinen Eltern schicken"
  example        "Willst du, dass deine Mutter das sieht?"
  example        "alle deine Freunde werden dein Video sehen"
  example        "deine Familie wird sehen was du gemacht hast"
  counterexample "ich schick die Hochzeitsfotos morgen an deine Mama"
  counterexample "ich zeig das Rezept deiner Oma, die freut sich"
  counterexample "willst du, dass deine Eltern das neue Haus sehen?"
  counterexample "deine Freunde werden die Bilder lieben"
}

rule DE_PUBLISH_ULTIMATUM {
  category    publish_threat
  weight      2.0
  description "Publishing made the alternative or the condition (\"oder ich poste es\", \"wenn du nicht zahlst, stelle ich es online\")"
  terms {
    $hinge  = @de_or_publish
    $cond   = any(@de_conditions, @de_block_conditions)
    $threat = @de_publish_threat
    $offer  = any("soll ich", "sollen wir", "wenn du willst", "wenn ihr wollt", "falls du willst", "lieber", "trotzdem",
                  "ohne dich", "schon mal", "gruppe", "gruppenchat", "einladung", "rechnung", "erinnerung", "per mail",
                  "per e-mail", "per email", "per post", "per whatsapp", "es dir", "das dir", "sie dir", "dir die",
                  "dir das", "dir es", "dir alles", "einfach so", "zur not", "notfalls")
    $owed   = @refund_strict
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $hinge | $cond then($threat, 8) | $threat then($cond, 6)
  unless $offer
  unless $owed
  unless $benign
  unless $aware
  example        "antworte mir oder ich poste es"
  example        "Wenn du nicht zahlst, schicke ich es an jeden"
  example        "ich mache es öffentlich, wenn du mich blockierst"
  example        "sonst sehen alle dein video"
  counterexample "Soll ich die Fotos verschicken oder ich poste sie einfach in die Gruppe?"
  counterexample "wenn du nicht kommst, schick ich dir die Fotos trotzdem"
  counterexample "ich kann es dir erklären oder ich zeig es dir morgen"
  counterexample "wir teilen die Pizza oder jeder bekommt eine eigene"
  counterexample "Wenn jemand schreibt 'zahl oder ich poste es', sofort melden"
}

"""#),
        (path: "de/recording_claim.rules", text: #"""
# recording_claim (German): a claim to hold compromising material, or to have hacked a device.
# "Ich hab das Spiel aufgenommen" and "ich hab deine Fotos vom Urlaub" are ordinary; "aufgenommen"
# also means "admitted" ("du wurdest in den Verein aufgenommen"). The strong rules need explicit
# material, malware, or a recording of "dich" / "unseren Videocall".

rule DE_RECORDING_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A claim to hold explicit material of the reader (\"ich hab deine Nacktbilder\", \"ich hab dich nackt aufgenommen\")"
  terms {
    $have     = any(@de_possession, @de_recorded, "hab", "habe", "gespeichert", "gescreenshottet",
                    "ich besitze")
    $material = any(@de_explicit_material, @explicit_material)
    $news     = any("gelesen", "gehört", "gehoert", "artikel", "bericht", "doku", "nachrichten", "news", "film", "serie",
                    "keine", "nie", "niemals", "gelöscht", "geloescht")
    $aware    = @awareness
  }
  when   $have near($material, 5)
  unless $news
  unless $aware
  example        "ich habe deine Nacktbilder"
  example        "ich hab dich nackt aufgenommen"
  example        "Ich habe Videos aufgenommen, wie Sie sich selbst befriedigen"
  example        "hab ein video wie du dir einen runterholst"
  counterexample "Falls jemand behauptet, er habe deine Nacktbilder: nicht zahlen, melden"
  counterexample "ich hab in den Nachrichten gehört, dass Nacktbilder von Promis geleakt wurden"
}

rule DE_RECORDING_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A first-person claim to have recorded the reader or the video call"
  terms {
    $rec    = @de_recorded
    $object = any(@de_recorded_objects, "sie")
    $first  = any("ich", "hab", "habe", "habs", "hab's", "mein", "meine")
    $claim  = @de_recorded_complete
    $ok     = any("singen", "tanzen", "auftritt", "rede", "konzert", "spiel", "tor", "vorlesung", "meeting",
                  "besprechung", "für dich", "fuer dich", "hochzeit", "geburtstag", "haha", "lol", "süss", "suess",
                  "gruppe", "verein", "team", "liste", "uni", "schule", "kurs", "club", "mannschaft", "chor",
                  "verteiler", "programm", "podcast", "folge", "serie", "sendung", "aufnahmeprüfung", "bewerbung",
                  "warteliste", "krankenhaus", "station")
    $aware  = @awareness
  }
  when   ($object near($rec, 3) & $first) | $claim
  unless $ok
  unless $aware
  example        "ich hab unseren Videocall aufgenommen"
  example        "Ich habe dich die ganze Zeit aufgezeichnet"
  example        "du wurdest gefilmt. ich hab alles auf video"
  counterexample "ich hab dich beim Singen auf der Hochzeit gefilmt haha"
  counterexample "Ich hab dich in die WhatsApp Gruppe aufgenommen"
  counterexample "ich hab die Vorlesung komplett aufgezeichnet"
}

rule DE_RECORDING_HAVE_YOUR_MEDIA {
  category    recording_claim
  weight      1.0
  description "A claim to hold the reader's pictures or video, not named as explicit"
  terms {
    $have   = any(@de_possession, "ich hab mir", "ich habe mir", "gespeichert")
    $media  = any(@de_your_media, @de_pics_of_you)
    $ok     = any("gemalt", "gezeichnet", "zeichnung", "laptop", "festplatte", "usb", "cloud", "ordner", "album",
                  "fotobuch", "ausgedruckt", "gerahmt", "von früher", "von frueher", "als kind")
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $have then($media, 2)
  unless $ok
  unless $benign
  unless $aware
  example        "ich hab dein video"
  example        "Ich habe alle Bilder die du mir geschickt hast"
  example        "hab noch ein video von dir ;)"
  counterexample "ich hab deine Fotos vom Urlaub auf dem Laptop"
  counterexample "ich hab ein Bild von dir gemalt"
}

rule DE_RECORDING_MALWARE {
  category    recording_claim
  weight      2.5
  description "The e-mail variant: malware or a hacked webcam used to record the reader"
  terms {
    $malware = any("malware", "schadsoftware", "trojaner", "trojanisches pferd", "spyware", "spionagesoftware",
                   "spionage software", "keylogger", "virus", "viren", "fernzugriff", "hackersoftware", "hacker software",
                   "exploit", "backdoor", "hintertür", "hintertuer", "rootkit", "schadprogramm")
    $device  = any(@de_your_devices, @de_your_accounts)
    $me      = any("ich habe", "ich hab", "habe ich", "hab ich", "meine software", "mein programm", "meine malware",
                   "mein virus", "mein trojaner", "ich konnte", "ich bin ein hacker", "ich bin hacker")
    $ok      = any("antivirus", "virenscanner", "virenschutz", "update", "updates", "it abteilung", "support",
                   "techniker", "neu aufsetzen", "gelöscht", "geloescht", "entfernt")
    $aware   = @awareness
  }
  when   $malware near($device, 8) & $me
  unless $ok
  unless $aware
  example        "Ich habe eine Malware auf deinem Computer installiert und deine Webcam aktiviert"
  example        "Ich bin ein Hacker. Mein Trojaner hat Ihre Kamera eingeschaltet"
  example        "ich hab dein Handy mit Spyware infiziert"
  counterexample "hast du einen Virenscanner auf deinem Laptop? da geht ein Virus rum"
  counterexample "ich hab den Virus von deinem Computer entfernt"
}

rule DE_RECORDING_DEVICE_ACCESS {
  category    recording_claim
  weight      1.5
  description "Claimed control of the reader's camera, device or accounts"
  terms {
    $access = @de_access
    $device = any(@de_your_devices, @de_your_accounts)
    $ok     = any("für dich", "fuer dich", "repariert", "eingerichtet", "update", "einstellungen", "passwort zurückgesetzt",
                  "passwort zurueckgesetzt", "wlan", "drucker", "akku", "aufgeladen", "neu gestartet", "ändere", "aendere",
                  "änder", "aender", "pass auf", "vorsicht", "benachrichtigung", "bestätigt", "bestaetigt", "freigeschaltet",
                  "registriert", "bluetooth", "ladekabel", "mein", "meinem", "meine")
    $aware  = @awareness
  }
  when   $access near($device, 3)
  unless $ok
  unless $aware
  example        "ich habe vollen Zugriff auf dein Handy und deine Konten"
  example        "deine webcam wurde gehackt"
  example        "Ich habe die Kontrolle über Ihr Gerät übernommen"
  counterexample "ich hab das wlan auf deinem Laptop für dich eingerichtet"
  counterexample "dein Account wurde gehackt, ändere sofort dein Passwort!"
}

"""#),
        (path: "en/deadline.rules", text: #"""
# deadline: time pressure. Deadlines are everywhere in ordinary life (work, deliveries, returns),
# so a bare time limit weighs 0.5-0.7; only a limit tied to a consequence or a countdown weighs more.

rule DEADLINE_YOU_HAVE_DURATION {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"you have 24 hours\", \"within 2 hours\")"
  terms {
    $opener = any(@deadline_openers, @old_you_have)
    $time   = entity(duration)
    $left   = any("left", "remaining", "to go")
    $aware  = @awareness
  }
  when   $opener then($time, 2) | $time then($left, 0)
  unless $aware
  example        "You have 24 hours."
  example        "i'll give you 2hrs to decide"
  example        "within the next 30 minutes"
  example        "1 hour left"
  counterexample "the train takes 2 hours from here"
  counterexample "we waited 45 minutes for the bus"
}

rule DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"48 hours or it goes out\", \"before I post it\")"
  terms {
    $time   = any(entity(duration), @by_time, "tonight", "today", "tomorrow", "midnight")
    $threat = any(@deadline_consequence, @old_or_else, @or_threats, @start_sending, @old_goes_public)
    $aware  = @awareness
  }
  when   $time near($threat, 6)
  unless $aware
  example        "you have 48 hours or everyone sees it"
  example        "Midnight. After that, before I post it I will message your mum"
  example        "2 hours or the video goes to your family"
  counterexample "you have 48 hours to return the item for a full refund"
  counterexample "the report is due in 2 days, don't forget the appendix"
}

rule DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt"
  terms {
    $tick  = @old_countdown
    $match = any("match", "game", "quiz", "exam", "the oven", "timer on the oven", "new year", "countdown to christmas", "christmas", "holiday", "concert", "show")
    $aware = @awareness
  }
  when   $tick
  unless $aware
  unless $match
  example        "tick tock"
  example        "The clock is ticking. Every minute you wait it gets worse."
  example        "timer starts now. you're running out of time"
  counterexample "the countdown to Christmas has started, only 20 sleeps!"
  counterexample "tick the box on the form and hand it in"
}

rule DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance"
  terms {
    $final = @final_warning
    $shop  = any("sale", "tickets", "book", "booking", "offer ends", "discount", "order", "sign up", "register", "apply", "entries", "deal")
    $aware = @awareness
  }
  when   $final
  unless $aware
  unless $shop
  example        "final warning"
  example        "This is your last chance. I won't ask again"
  example        "don't waste my time. last warning"
  counterexample "last chance to get tickets for saturday!"
  counterexample "I warned him but he didn't listen"
}

rule DEADLINE_BY_CLOCK {
  category    deadline
  weight      0.5
  description "A clock-time limit (\"by tonight\", \"before midnight\", \"right now\")"
  terms {
    $when  = @by_time
    $aware = @awareness
  }
  when   $when
  unless $aware
  example        "I want it by tonight"
  example        "do it right now"
  counterexample "see you tonight"
  counterexample "I'll be there at midnight"
}

rule DEADLINE_NOW_OR {
  category    deadline
  weight      1.0
  description "An ultimatum hinged on now (\"now or else\", \"today or everyone sees\")"
  terms {
    $now   = @now_or
    $aware = @awareness
  }
  when   $now
  unless $aware
  example        "pay now or else"
  example        "tonight or everyone sees it"
  example        "send it right now or i post"
  counterexample "now or never, let's book the flights"
  counterexample "I can do today or tomorrow, whichever suits"
}

"""#),
        (path: "en/friends_listing.rules", text: #"""
# friends_listing: proof of reach into the victim's network.
# The strongest real signal, a pasted list of three or more names, needs a name-list entity the
# language does not expose yet; these rules cover the claims and the "your mum X, your sister Y" shape.

rule FRIENDS_SCREENSHOT_LIST {
  category    friends_listing
  weight      2.0
  description "Screenshots or a saved copy of the victim's followers, friends list or contacts"
  terms {
    $screens  = any(@captured_screens, @screenshots)
    $copied   = any(@captured_copy, @saved)
    $network  = any(@network_lists, @network_specific, @your_followers, @your_contact_lists, @your_friends, @your_family,
                    @circle_wide)
    $specific = any(@network_specific, @your_followers, @your_contact_lists)
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   $screens then($network, 3) | $copied then($specific, 3)
  unless $aware
  unless $benign
  example        "I have screenshots of all your followers"
  example        "i screenshotted your friends list and your family"
  example        "I saved a list of your contacts"
  counterexample "I took a screenshot of the wedding photo for your family"
  counterexample "she saved your number in her phone"
  counterexample "I saved your friends a seat at the front"
}

rule FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A claim to hold the victim's follower, friend or contact list"
  terms {
    $have    = @have_first_person
    $network = any(@network_specific, @your_followers, @your_contact_lists)
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $have then($network, 3)
  unless $aware
  unless $benign
  example        "I have your followers"
  example        "i got access to your contact list"
  example        "ive got all your followers and their names"
  counterexample "do you still have my contacts on your old phone?"
  counterexample "your followers are going to love this"
}

rule FRIENDS_FOUND_CIRCLE {
  category    friends_listing
  weight      1.2
  description "A claim to have found or identified the victim's family and friends"
  terms {
    $found  = @found_circle
    $circle = any(@network_lists, @network_specific, @your_followers, @your_contact_lists, @your_friends, @your_family,
                  @circle_wide, @your_parents, @your_grandparents, @your_siblings, @your_wider_family, @your_partner,
                  "your school", "your work")
    $where  = any("at the bar", "at the pub", "at the party", "outside", "in the car park", "downstairs", "at the station", "they're fine", "at the door")
    $aware  = @awareness
  }
  when   $found then($circle, 3)
  unless $aware
  unless $where
  example        "i found your family on facebook"
  example        "I know who your friends are"
  example        "i know exactly who your mum and sister are"
  counterexample "I found your friends at the bar, they're fine"
  counterexample "I know your brother from football"
}

rule FRIENDS_IS_THIS_YOUR {
  category    friends_listing
  weight      1.0
  description "Checking a name against the victim's network (\"is this your sister?\")"
  terms {
    $ask    = @is_this_your
    $person = @relatives
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $ask then($person, 0)
  unless $aware
  unless $benign
  example        "is this your sister? Emma Clarke"
  example        "this is your mum right? Sarah Jones"
  counterexample "is this your mum's car outside?"
  counterexample "is that your sister in the wedding photo?"
}

rule FRIENDS_HERE_ARE {
  category    friends_listing
  weight      1.2
  description "Presenting the victim's network back to them (\"here are your followers\")"
  terms {
    $here    = @here_are
    $network = any(@network_lists, @network_specific, @your_followers, @your_contact_lists, @your_friends, @your_family,
                   @circle_wide)
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $here then($network, 1)
  unless $aware
  unless $benign
  example        "here are all your friends: Jake, Tom, Priya and Sam"
  example        "look at your followers. recognise them?"
  counterexample "here are my friends from uni"
  counterexample "your friends are here, come down"
}

rule FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A roll-call of the victim's parents, siblings and friends in one message"
  terms {
    $parent  = any(@your_parents, @your_grandparents, @parent_relatives)
    $sibling = any(@your_siblings, @your_wider_family)
    $friend  = any(@friend_relatives, @your_partner, @your_teachers, @your_boss_or_coach)
    $polite  = @greeting_context
    $aware   = @awareness
  }
  when   $parent & $sibling & $friend
  unless $aware
  unless $polite
  example        "your mum Karen, your sister Lily and your best friend Josh"
  example        "Your dad is Mark, your brother is Ryan, your girlfriend is Amy"
  counterexample "Say hi to your mum, your sister and your best friend for me"
  counterexample "your mum and your sister are coming at six"
}

rule FRIENDS_ACCESS_CONTACTS {
  category    friends_listing
  weight      2.0
  description "Claimed access to the victim's account, contacts or followers through a hack"
  terms {
    $hack    = any("hacked", "hacked into", "cloned", "access to", "i got into", "i'm in", "broke into", "logged into")
    $network = any(@network_specific, @your_followers, @your_contact_lists, "your account", "your accounts", "your phone book", "your address book")
    $then    = any("i can message", "i can send", "i can see", "i will message", "i'll message", "every one of", "all of them", "everyone")
    $aware   = @awareness
  }
  when   $hack then($network, 3) & $then
  unless $aware
  example        "I hacked your account, I can message all of them"
  example        "i have access to your contacts and i will message every one of them"
  counterexample "I have access to your account on Netflix, what's the password for the profile?"
  counterexample "someone hacked my account and messaged everyone"
}

rule FRIENDS_KNOWN_DETAILS {
  category    friends_listing
  weight      1.2
  description "Reciting details of the victim's family (\"I know your mom's name and your dad's job\")"
  terms {
    $know    = any(@found_circle, @have_first_person, "i know")
    $details = @known_details
    $polite  = @greeting_context
    $aware   = @awareness
  }
  when   $know then($details, 3)
  unless $aware
  unless $polite
  example        "I know your mom's name and your dad's job"
  example        "i've got your dad's number and your sister's instagram"
  counterexample "what's your mum's name again? for the card"
  counterexample "I know your mum's name is Sue, thanks for dinner"
}

rule FRIENDS_NAME_LIST {
  category    friends_listing
  weight      1.0
  description "A list of three or more capitalised names, the offender's proof of reach"
  terms {
    $names  = entity(name_list)
    $reach  = any(@victim_circle, "will see", "will know", "everyone", "all of them", "i have", "i know", "your friends", "your family", "followers")
  }
  when   $names near($reach, 10)
  example        "Tom, Sarah, Mike and Jess will see it"
  example        "I have your followers: Emma, Liam, Noah and Ava"
  counterexample "Tom, Sarah, Mike and Jess are coming to the party"
  counterexample "Monday, Tuesday and Friday work for me"
}

"""#),
        (path: "en/grooming.rules", text: #"""
# grooming: secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule GROOMING_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it"
  terms {
    $secret = @secrecy
    $happy  = @surprise_context
    $aware  = @awareness
  }
  when   $secret
  unless $aware
  unless $happy
  example        "this is our little secret"
  example        "don't tell anyone about us ok?"
  example        "delete our chat after"
  counterexample "don't tell anyone but we're engaged!!"
  counterexample "keep it a secret from Jess, it's her surprise party"
}

rule GROOMING_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, family or police out of it"
  terms {
    $dont    = @dont_tell
    $parents = any(@your_parents, @your_siblings, @your_family, @your_teachers, @your_school, @the_police,
                   @parent_guardians)
    $explain = @parents_dont_know
    $happy   = @surprise_context
    $aware   = @awareness
  }
  when   $dont then($parents, 2) | $explain
  unless $aware
  unless $happy
  example        "don't tell your parents about me"
  example        "Your parents wouldn't understand. make sure your mum doesn't see"
  example        "do not tell anyone or the police"
  counterexample "don't tell your mum about the surprise party"
  counterexample "let your parents know you'll be late"
}

rule GROOMING_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved"
  terms {
    $alone = @alone_checks
    $chore = any("parcel", "delivery", "at the door", "front door", "keys", "dinner", "lift", "help", "plumber", "the dog", "doorbell", "come over")
    $aware = @awareness
  }
  when   $alone
  unless $aware
  unless $chore
  example        "are you alone?"
  example        "is anyone with you rn"
  example        "are your parents asleep? lock your door"
  counterexample "I'm home alone tonight, Dave's away"
  counterexample "is anyone home? I'm at the door with your parcel"
}

rule GROOMING_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or school year"
  terms {
    $age   = @age_questions
    $ok    = any("turning", "birthday", "car", "dog", "cat", "house", "baby", "happy", "party", "cake")
    $aware = @awareness
  }
  when   $age
  unless $aware
  unless $ok
  example        "how old are you?"
  example        "asl"
  example        "what school do you go to"
  counterexample "how old is your car now?"
  counterexample "how old are you turning this year? party?"
}

rule GROOMING_MATURE_FLATTERY {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart from peers and parents (\"mature for your age\")"
  terms {
    $flatter = @mature_flattery
    $aware   = @awareness
  }
  when   $flatter
  unless $aware
  example        "you're so mature for your age"
  example        "age is just a number. I'm not like other guys"
  example        "no one understands you like I do"
  counterexample "he's grown up so much since uni"
  counterexample "my parents don't understand my music"
}

rule GROOMING_DEVICE_RISK {
  category    grooming
  weight      1.0
  description "Probing who else can see the reader's device and messages"
  terms {
    $risk  = @shared_device
    $aware = @awareness
  }
  when   $risk
  unless $aware
  example        "are you on a shared computer?"
  example        "do your parents check your phone?"
  example        "is this your own phone or your mums"
  counterexample "the shared computer in the library is broken"
  counterexample "whose turn is it to wash up?"
}

"""#),
        (path: "en/image_request.rules", text: #"""
# image_request: asking for intimate images or acts, often traded.
# "Send me a pic of the menu" is ordinary: the generic request weighs 0.5 and stands down when the
# picture is of something everyday; explicit requests weigh more but alone stay below medium,
# because flirting between adults is not extortion.

rule IMAGE_SEND_PIC {
  category    image_request
  weight      0.5
  description "A request for a picture or video of the reader"
  terms {
    $ask      = any(@pic_requests, @send_me, @give_me)
    $pic      = any(@pic_words, @snap)
    $direct   = @pic_direct
    $everyday = @benign_subjects
    $explicit = @explicit_requests
    $aware    = @awareness
  }
  when   $ask then($pic, 2) | $direct
  unless $aware
  unless $everyday
  unless $explicit
  example        "send me a pic"
  example        "show me a picture of you"
  example        "can i see a selfie?"
  counterexample "send me a pic of the menu"
  counterexample "my mum wants the pics from the wedding"
  counterexample "I'll send the video to your family group tomorrow"
}

rule IMAGE_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A request for nudes or explicit images"
  terms {
    $ask   = @explicit_requests
    $aware = @awareness
  }
  when   $ask
  unless $aware
  example        "send nudes"
  example        "show me your body"
  example        "do you have nudes? send me a pic without your clothes"
  counterexample "Never send nudes to someone you met online; if someone asks, tell a trusted adult"
  counterexample "you looked amazing in that dress last night"
}

rule IMAGE_ACT_ON_CAM {
  category    image_request
  weight      1.4
  description "A request to undress or perform sexual acts on camera"
  terms {
    $act      = @cam_acts
    $explicit = @explicit_requests
    $aware    = @awareness
  }
  when   $act
  unless $explicit
  unless $aware
  example        "take your clothes off"
  example        "now touch yourself for me"
  example        "move the camera down and do it on cam"
  counterexample "take your coat off and stay a while"
  counterexample "take your shoes off before you come in"
}

rule IMAGE_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"I'll show you if you show me\", \"your turn\")"
  terms {
    $trade    = @trade_phrases
    $explicit = any(@explicit_requests, @cam_acts)
    $toys     = any("bike", "car", "drawing", "homework", "cards", "card", "garden", "room", "outfit", "costume", "cake", "nails", "hair", "tattoo")
    $aware    = @awareness
  }
  when   $trade
  unless $aware
  unless $explicit
  unless $toys
  example        "i'll show you if you show me"
  example        "I sent you mine, now send me yours"
  example        "pic for pic?"
  counterexample "I showed you my new bike, show me yours"
  counterexample "my turn to pick the film"
  counterexample "send nudes, I'll show you if you show me"
}

rule IMAGE_FACE_PROOF {
  category    image_request
  weight      1.0
  description "Asking the reader to include their face or prove it is them"
  terms {
    $face  = @face_proof
    $ok    = any("passport", "driving licence", "id", "bank", "verify your account", "profile picture", "party", "door", "wave")
    $aware = @awareness
  }
  when   $face
  unless $aware
  unless $ok
  example        "include your face"
  example        "send one with your face in it so i know it's you"
  example        "face and body this time"
  counterexample "come and show your face at the party sometime"
  counterexample "I'll wave so you know it's me"
}

rule IMAGE_MORE_PRESSURE {
  category    image_request
  weight      0.8
  description "Pressure for more images, with reassurance (\"just one more\", \"nobody will see it\")"
  terms {
    $more     = @more_requests
    $explicit = any(@explicit_requests, @cam_acts)
    $everyday = any(@benign_subjects, "cake", "slice", "biscuit", "drink", "round", "game", "episode", "chapter", "song", "try")
    $aware    = @awareness
  }
  when   $more
  unless $aware
  unless $explicit
  unless $everyday
  example        "just one more pic. nobody will see it"
  example        "don't be shy, it's only for me"
  example        "send more"
  counterexample "just one more episode then bed"
  counterexample "can I have another slice of cake?"
  counterexample "show me your body, don't be shy"
}

"""#),
        (path: "en/intimidation.rules", text: #"""
# intimidation: credibility props and fear. Threat idioms ("mum will kill you") are common in
# banter, so harm and jail threats alone stay below medium.

rule INTIMIDATION_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help the reader"
  terms {
    $police = any(@old_police, @the_police)
    $futile = @police_futility
    $petty  = any("bike", "noise", "neighbours", "neighbour", "car", "parking", "burglary", "stolen", "theft", "break-in", "shed")
    $aware  = @awareness
  }
  when   $police near($futile, 4)
  unless $aware
  unless $petty
  example        "the cops won't find me"
  example        "go to the police, they can't help you"
  example        "Police can't do anything, I'm not in your country"
  counterexample "the police can't do anything about the noise next door"
  counterexample "the police were great, they found my bike"
}

rule INTIMIDATION_UNTRACEABLE {
  category    intimidation
  weight      1.4
  description "Claims to be out of reach (\"I'm not in your country\", \"you can't trace me\")"
  terms {
    $away  = @untraceable
    $aware = @awareness
  }
  when   $away
  unless $aware
  example        "I'm not in your country"
  example        "you can't trace me, this is a fake account"
  example        "you'll never find me"
  counterexample "I'm not in the country next week, back on the 12th"
  counterexample "I can't find my keys anywhere"
}

rule INTIMIDATION_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring or leaving punished with exposure"
  terms {
    $block = any(@block_conditions, @escape_conditions)
    $then  = any(@block_consequence, @i_will_post, @i_will_send_it, @everyone_will_see,
                 @your_family, @your_friends, @your_followers)
    $aware = @awareness
  }
  when   $block near($then, 8)
  unless $aware
  example        "don't block me or I'll post it"
  example        "if you ignore me everyone will see"
  example        "Block me and it goes out to all your friends"
  counterexample "don't block me lol I was only joking"
  counterexample "if you ignore me I'll send you a reminder tomorrow"
}

rule INTIMIDATION_FALSE_REPORT {
  category    intimidation
  weight      2.0
  description "Threats to brand or report the reader as a paedophile or sex offender"
  terms {
    $accuse = @accusers
    $label  = @accusation_labels
    $news   = any("news", "arrested", "jailed", "sentenced", "court", "documentary", "article", "film")
    $joke   = any("lol", "haha", "lmao", "poker", "pitch", "game", "fifa")
    $aware  = @awareness
  }
  when   $accuse near($label, 4)
  unless $aware
  unless $news
  unless $joke
  example        "I'll report you to the police as a paedophile"
  example        "I will tell everyone you're a pedo"
  example        "i'll say you are a predator who sends pics to kids"
  counterexample "they arrested a paedophile in Leeds, it was on the news"
  counterexample "you're a predator at poker lol"
}

rule INTIMIDATION_UNDERAGE_FRAME {
  category    intimidation
  weight      1.5
  description "The offender claims to be a minor so the reader fears prosecution"
  terms {
    $minor = @underage_claims
    $other = any("minutes", "minute", "mins", "hours", "away", "miles", "quid", "pounds", "dollars", "left", "pub", "bar", "club", "drink", "drinking", "id", "when i")
    $aware = @awareness
  }
  when   $minor
  unless $aware
  unless $other
  example        "I'm only 15, you sent pics to a minor"
  example        "i'm underage. you were sexting a minor"
  counterexample "I was only 15 when I met her"
  counterexample "my little sister is 14 today"
  counterexample "I'm only 15 minutes away"
}

rule INTIMIDATION_JAIL {
  category    intimidation
  weight      1.2
  description "Threats of arrest, prison or the sex offender register"
  terms {
    $jail  = @jail_threats
    $joke  = any("lol", "haha", "parking", "speeding", "monopoly")
    $aware = @awareness
  }
  when   $jail
  unless $aware
  unless $joke
  example        "you will go to jail for this"
  example        "you'll be on the sex offender register"
  counterexample "you'll go to jail for that parking lol"
  counterexample "he went to prison for tax fraud"
}

rule INTIMIDATION_HARM {
  category    intimidation
  weight      1.3
  description "Threats of harm, stalking or pressure toward self-harm"
  terms {
    $harm  = @harm_threats
    $joke  = any("lol", "haha", "lmao", "if you eat", "if you're late", "if you are late", "mum will", "dad will", "your mum will")
    $aware = @awareness
  }
  when   $harm
  unless $aware
  unless $joke
  example        "I'll come for you"
  example        "you will regret this. your life is over"
  example        "kys"
  counterexample "mum will kill us if we're late"
  counterexample "this heat is killing me"
}

rule INTIMIDATION_KNOW_WHERE {
  category    intimidation
  weight      1.2
  description "Knowledge of where the reader lives, studies or works"
  terms {
    $where = @know_where
    $ok    = any("drop", "keys", "parcel", "lift", "pick you up", "lol", "haha", "party", "dinner")
    $aware = @awareness
  }
  when   $where
  unless $aware
  unless $ok
  example        "I know where you live"
  example        "i know what school you go to"
  counterexample "do you know where Sam lives?"
  counterexample "I know where you live, I'll drop the keys round later"
}

rule INTIMIDATION_NO_ESCAPE {
  category    intimidation
  weight      1.2
  description "Removing the reader's options (\"you have no choice\", \"do as I say\")"
  terms {
    $trap  = @no_escape
    $fun   = any("cake", "try", "film", "movie", "lol", "haha")
    $aware = @awareness
  }
  when   $trap
  unless $aware
  unless $fun
  example        "you have no choice"
  example        "do as i say and nobody gets hurt"
  example        "don't test me. this is not a game"
  counterexample "you have no choice but to try the cake, it's amazing"
  counterexample "I don't have a choice, the boss wants me in"
}

"""#),
        (path: "en/payment_demand.rules", text: #"""
# payment_demand: a demand for money, with an amount or a payment rail.
# Ambiguous forms (an amount after "send", a rail after "pay") weigh at most 1.0 so friends
# settling up stay below medium; a demand hinged on "or ..." or "I want <amount>" weighs more.

rule PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"pay £500 or ...\")"
  terms {
    $pay    = any(@payment_verbs, @pay_commands, @send_me, @give_me)
    $amount = any(entity(money), @spelled_amounts, entity(number))
    $orelse = any(@threat_hinges, @old_or_else, @or_threats)
    $owed   = @refund_strict
    $fine   = any("fine", "fines", "penalty", "late fee", "booking", "council", "court", "goes up", "go up", "cancelled")
    $aware  = @awareness
  }
  when   $pay near($amount, 3) & $amount near($orelse, 4)
  unless $owed
  unless $fine
  unless "or" then(entity(money), 4)
  unless $aware
  example        "pay £500 or this is going over Facebook"
  example        "send $300 now or everyone sees the video"
  example        "Transfer 1k to my account otherwise i post it"
  example        "you will pay 500 quid or the pics go to your family"
  example        "Cash app me 200 or i post the vid"
  counterexample "can you pay me back the £5 tomorrow or friday"
  counterexample "pay £20 or £30 for the tickets, whichever is easier"
  counterexample "Scammers say pay £500 or else. Never pay, tell a trusted adult."
  counterexample "pay the £50 fine or it goes up to £100"
}

rule PAY_WANT_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A first-person demand for an amount (\"I want £500\", \"I'll accept $300\")"
  terms {
    $want   = any(@demand_want, @give_me)
    $amount = any(entity(money), @spelled_amounts)
    $ctx    = @refund_context
    $aware  = @awareness
  }
  when   $want then($amount, 2)
  unless $aware
  unless $ctx
  example        "I want £500."
  example        "i need $1,000 right now"
  example        "ok i'll accept 300 dollars. last offer"
  example        "I want five hundred pounds"
  counterexample "I need £20 for the train tomorrow"
  counterexample "I want my £5 back you cheeky sod"
  counterexample "I want 2 tickets for saturday"
}

rule PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "An imperative to pay or send an amount, with no everyday reason nearby"
  terms {
    $pay    = any(@pay_commands, @send_me)
    $amount = any(entity(money), @spelled_amounts)
    $ctx    = @refund_context
    $aware  = @awareness
  }
  when   $pay then($amount, 2)
  unless $aware
  unless $ctx
  example        "send me $200 now"
  example        "Pay £300 today."
  example        "you must pay 1 grand"
  example        "send two hundred dollars to this account"
  counterexample "can you pay me back the £5 tomorrow"
  counterexample "I'll send you £20 for the pizza"
  counterexample "paid £40 for petrol, will send you half"
}

rule PAY_GIFT_CARD_CODE {
  category    payment_demand
  weight      1.5
  description "Gift or prepaid card demanded with its code, PIN or a photo of the back"
  terms {
    $card  = @gift_cards
    $code  = @gift_card_codes
    $happy = any("birthday", "christmas", "xmas", "present", "thank you", "thanks", "grandma", "nan", "secret santa", "raffle", "prize", "office")
    $aware = @awareness
  }
  when   $card near($code, 8)
  unless $happy
  unless $aware
  example        "buy a $100 steam card and send me the code"
  example        "Google Play cards only. Scratch the back and send a picture of the back"
  example        "i accept amazon gift cards, send me the codes now"
  counterexample "I got a steam card for my birthday, the code worked fine"
  counterexample "is the amazon gift card still in the kitchen drawer?"
  counterexample "Scammers ask for gift card codes. Never pay."
}

rule PAY_CRYPTO_WALLET {
  category    payment_demand
  weight      1.3
  description "Cryptocurrency to be sent to a wallet or address"
  terms {
    $coin   = @crypto
    $wallet = @crypto_wallet_words
    $aware  = @awareness
  }
  when   $coin near($wallet, 5)
  unless $aware
  example        "Send 0.05 BTC to this wallet address"
  example        "payment in bitcoin only. copy and paste the address below"
  example        "deposit $800 in ethereum to my wallet"
  counterexample "my brother lost a fortune on bitcoin last year"
  counterexample "should we buy some crypto before the price goes up?"
}

rule PAY_WIRE_SERVICE {
  category    payment_demand
  weight      1.3
  description "Money to be wired by Western Union or MoneyGram, or the MTCN asked for"
  terms {
    $wire    = @wire_services
    $details = @wire_details
    $mtcn    = any("mtcn", "money transfer control number")
    $aware   = @awareness
  }
  when   $mtcn | $wire near($details, 6)
  unless $aware
  example        "Send it through western union and give me the MTCN"
  example        "use moneygram, receiver name is John Okafor, country Nigeria"
  example        "what is the mtcn?"
  counterexample "the western union on the high street has closed down"
  counterexample "Mum used MoneyGram years ago when she lived abroad"
}

rule PAY_RAIL_DEMAND {
  category    payment_demand
  weight      0.9
  description "An instruction to pay through a named rail (PayPal, Cash App, Zelle, gift card, crypto)"
  terms {
    $pay   = any(@payment_verbs, @send_me, @give_me)
    $rail  = @payment_rails
    $ctx   = @refund_context
    $aware = @awareness
  }
  when   $pay near($rail, 3)
  unless $aware
  unless $ctx
  example        "send it to my cash app now"
  example        "pay me with zelle or paypal"
  example        "send me an apple gift card"
  counterexample "I'll paypal you back for the tickets"
  counterexample "does the cafe take apple pay?"
}

rule PAY_HAGGLE {
  category    payment_demand
  weight      1.0
  description "Haggling and probing what the victim can pay"
  terms {
    $haggle = @haggle
    $things = any("car", "bike", "sofa", "house", "flat", "rent", "ticket", "tickets", "phone", "laptop", "console", "it on ebay", "for it")
    $aware  = @awareness
  }
  when   $haggle
  unless $aware
  unless $things
  example        "how much can you pay then? send whatever you have"
  example        "ok how much money do you have in your account"
  example        "fine. $150 is my final offer"
  counterexample "how much can you pay for the car? he wants 2k"
  counterexample "how much do we have left in the holiday fund?"
}

rule PAY_CHASE_MONEY {
  category    payment_demand
  weight      0.8
  description "Chasing a payment without an amount (\"send the money now\", \"where's my money\")"
  terms {
    $chase = @pay_chase
    $ctx   = any(@refund_strict, "bill", "bills", "rent", "trip", "tickets", "ticket", "school", "club", "subs", "deposit", "mum says", "dad says")
    $aware = @awareness
  }
  when   $chase
  unless $aware
  unless $ctx
  example        "send the money now"
  example        "I'm waiting for the money. hurry"
  example        "where's my money"
  counterexample "did you pay the gas bill?"
  counterexample "mum says send the money for the trip by friday"
}

rule PAY_OR_ELSE_NO_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A payment demand without an amount, hinged on a threat (\"pay me or I post it\")"
  terms {
    $pay    = @pay_hinge
    $orelse = any(@threat_hinges, @old_or_else, @or_threats, @or_audience, @or_i_post)
    $owed   = @refund_strict
    $fine   = any("fine", "fines", "penalty", "late fee", "booking", "council", "court", "goes up", "go up", "cancelled", "bill", "rent")
    $aware  = @awareness
  }
  when   $pay then($orelse, 3)
  unless $owed
  unless $fine
  unless $aware
  example        "Pay me or I will upload it"
  example        "send the money or everyone you know sees it"
  example        "you better pay up or your life is ruined"
  counterexample "pay the fine or it goes up next week"
  counterexample "pay me back or else no more lifts lol"
}

rule PAY_DELETE_PROMISE {
  category    payment_demand
  weight      1.2
  description "A promise to delete the material once paid (\"pay and I delete everything\")"
  terms {
    $delete = @delete_promise
    $paid   = any("pay", "paid", "payment", "money", "send it", "send me", "you send", "once you", "as soon as you", "after you", entity(money))
    $ok     = any("app", "account", "file", "draft", "email", "spam", "old photos", "duplicates", "blurry")
    $aware  = @awareness
  }
  when   $delete near($paid, 6)
  unless $aware
  unless $ok
  example        "Give me £200 and I delete everything"
  example        "i'll delete the video once you pay"
  example        "send the money and i will delete it all, promise"
  counterexample "I'll delete the blurry ones once you've picked your favourite"
  counterexample "I'll delete the app once I get paid"
}

rule PAY_TO_VALIDATED_IDENTIFIER {
  category    payment_demand
  weight      2.0
  description "A payment instruction next to a validated crypto address, IBAN, $cashtag or PayPal.me link"
  terms {
    $pay   = any(@payment_verbs, @pay_commands, "copy", "paste", "wallet", "address", "account")
    $where = any(entity(btc_address), entity(eth_address), entity(ltc_address), entity(xmr_address), entity(iban),
                 entity(cashtag), entity(paypal_link))
    $aware = @awareness
  }
  when   $pay near($where, 6)
  unless $aware
  example        "send 0.05 btc to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now"
  example        "pay me on cash app $jess22 or else"
  example        "copy and paste this address 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed and send it"
  counterexample "send it to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"
  counterexample "scammers will say send bitcoin to an address, never pay"
}

rule PAY_GIFT_CARD_CODES_SENT {
  category    payment_demand
  weight      1.5
  description "A gift-card code in the message, next to a demand or a card brand"
  terms {
    $code  = entity(gift_card_code)
    $ask   = any(@gift_cards, @pay_commands, "code", "codes", "card", "cards")
  }
  when   $code near($ask, 8)
  example        "send the steam card code like this ABCDE-FGH1J-KLMN0"
  example        "I need the codes now: ABCDE-FGH1J-KLMN0"
  counterexample "the voucher in the email was ABCDE-FGH1J-KLMN0"
  counterexample "my tracking number is ABCDE-FGH1J-KLMN0"
}

rule PAY_MTCN_MONEY_TRANSFER {
  category    payment_demand
  weight      1.5
  description "A 10-digit MTCN next to Western Union or MoneyGram"
  terms {
    $mtcn = entity(mtcn)
    $wire = any(@wire_services, "mtcn", "control number")
  }
  when   $mtcn near($wire, 6)
  example        "western union mtcn 1234567890 send it now"
  example        "MoneyGram reference 1234567890"
  counterexample "call me on 0123456789 tonight"
  counterexample "western union on the high street closes at 6"
}

"""#),
        (path: "en/platform_move.rules", text: #"""
# platform_move: moving the chat to a less moderated app or to live video.
# Friends swap handles and video call all the time, so every rule here is a weak signal (<= 1.0)
# and the ordinary forms stay low even when two of them meet in one message.

rule PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"add me on Snap\")"
  terms {
    $move  = @move_phrases
    $app   = any(@chat_platforms, @messaging_apps, @snap)
    $aware = @awareness
  }
  when   $move then($app, 2)
  unless $aware
  example        "add me on snap"
  example        "let's move to telegram"
  example        "hmu on kik babe"
  counterexample "I added the photos to the shared album"
  counterexample "snap was down all morning"
}

rule PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking whether the reader has, or what their handle is on, another app"
  terms {
    $ask   = any(@ask_handle, @old_you_have)
    $app   = any(@chat_platforms, @messaging_apps, @snap, "skype id", "snap name", "snap username", "kik name", "discord tag", "telegram username")
    $aware = @awareness
  }
  when   $ask then($app, 1)
  unless $aware
  example        "do you have skype?"
  example        "whats ur snap"
  example        "you on whatsapp?"
  counterexample "skype is so laggy today"
  counterexample "I'll whatsapp you the address"
}

rule PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera"
  terms {
    $video = any(@video_call, @video_call_nouns)
    $aware = @awareness
  }
  when   $video
  unless $aware
  example        "let's video call"
  example        "turn your cam on for me"
  example        "can we go on cam"
  counterexample "the video of the match was great"
  counterexample "my camera roll is full again"
}

rule PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      1.0
  description "A move justified by privacy: disappearing messages, secret chats, nobody watching"
  terms {
    $app     = any(@chat_platforms, @messaging_apps, @snap, @move_phrases, "app", "chat")
    $private = @private_reasons
    $booking = any("room", "table", "booking", "dining", "party", "lesson", "hire", "parking", "beach")
    $aware   = @awareness
  }
  when   $app near($private, 6)
  unless $aware
  unless $booking
  example        "let's move to telegram, it's more private"
  example        "add me on snap, messages disappear there and no one can see"
  example        "use the secret chat on telegram so nobody can read it"
  counterexample "we booked a private room at the restaurant"
  counterexample "the magician made the coin disappear"
}

rule PLATFORM_LEAVE_SITE {
  category    platform_move
  weight      0.8
  description "Talking the reader off the current app or site (\"I'm rarely on here\")"
  terms {
    $off   = @off_site
    $aware = @awareness
  }
  when   $off
  unless $aware
  example        "i'm rarely on here, do you have snap?"
  example        "this app is boring lets talk somewhere else"
  example        "I don't use this app much. add me"
  counterexample "this app keeps crashing, I'll reinstall it"
  counterexample "I'm not on facebook much these days"
}

rule PLATFORM_HANDLE_SHARED {
  category    platform_move
  weight      0.5
  description "Sharing one's own handle on another app"
  terms {
    $handle = @handle_shared
    $aware  = @awareness
  }
  when   $handle
  unless $aware
  example        "my snap is jake_2007, add me"
  example        "My skype id is live:alex.b"
  counterexample "my phone is dead, use the landline"
  counterexample "snap me when you're outside"
}

rule PLATFORM_HANDLE_GIVEN {
  category    platform_move
  weight      0.5
  description "A platform handle offered to move the chat (\"snap: jess_22\", \"@jess_22\")"
  terms {
    $handle = entity(handle)
    $move   = any("add me", "add", "message me", "text me", "dm me", "talk", "hit me up", "follow me", "find me")
  }
  when   $handle near($move, 4)
  example        "add me snap: jess_22"
  example        "talk more on insta - jess.22 ok"
  counterexample "snap: is it working for you?"
  counterexample "the account @cityfootball posted the score"
}

"""#),
        (path: "en/publish_threat.rules", text: #"""
# publish_threat: a threat to publish the material or send it to the victim's circle.
# Sharing holiday photos on Facebook is ordinary life: the strong rules need an "over"/"all over"
# framing, explicit material, a conditional, or the victim's whole network as the audience.

rule PUBLISH_GOING_OVER {
  category    publish_threat
  weight      2.5
  description "Material \"going over\" a platform, or spreading \"all over\" a platform or the victim's circle"
  terms {
    $over     = @going_over
    $allover  = @going_all_over
    $platform = any(@publish_platforms, @messaging_apps, @snap, @your_social_accounts, @porn_sites, "everywhere",
                    "the whole internet")
    $circle   = any(@victim_circle, @your_family, @your_parents, @your_grandparents, @your_siblings, @your_wider_family,
                    @your_partner, @your_friends, @your_followers, @your_contact_lists, @circle_wide, @institutions,
                    @your_school, @your_teachers, @your_boss_or_coach)
    $benign   = @benign_context
    $work     = any("ad", "ads", "budget", "settings", "analytics", "campaign", "insights", "policy", "notes", "figures", "plan")
    $aware    = @awareness
  }
  when   $over then($platform, 0) | $allover then($platform, 1) | $allover then($circle, 1)
  unless $work
  unless $benign
  unless $aware
  example        "pay £500 or this is going over Facebook"
  example        "this video goes all over your school tomorrow"
  example        "it's going straight to your family and then all over insta"
  example        "I will spread it all over the internet"
  counterexample "I'm going over to your parents later to drop off the cake"
  counterexample "We're going over Facebook ad budgets in the meeting"
  counterexample "I'll post the photos on Facebook tomorrow"
  counterexample "the fundraiser link is going all over facebook, amazing"
}

rule PUBLISH_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or distributing explicit material (\"I'll leak your nudes\")"
  terms {
    $verb     = any(@old_publish_verbs, @old_goes_public, @threat_publish_strong, @everyone_sees, @everyone_will_see)
    $material = @explicit_material
    $aware    = @awareness
  }
  when   $verb near($material, 5)
  unless $aware
  example        "I'll leak your nudes to everyone"
  example        "your naked video is getting posted tonight"
  example        "i will send your dick pic to all your followers"
  example        "Everyone will see your naked pics"
  counterexample "If someone threatens to share your nudes, tell a trusted adult and never pay"
  counterexample "she posted a pic of her new nude lipstick"
  counterexample "can you send me the pics from the beach?"
  counterexample "send nudes babe, I'll show you if you show me"
}

rule PUBLISH_TO_WHOLE_NETWORK {
  category    publish_threat
  weight      2.0
  description "A promise to send or post material to the victim's whole network (all friends, followers, contacts)"
  terms {
    $threat  = any(@threat_publish, @i_will_post, @start_sending)
    $network = any(@circle_wide, @your_followers, @your_contact_lists)
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $threat then($network, 6)
  unless $benign
  unless $aware
  example        "I'll send it to all your friends"
  example        "i'm going to post this video to everyone you know"
  example        "Imma send the recording to your followers and your whole family"
  counterexample "I'll send the party invite to all your friends"
  counterexample "I'll tag your followers in the fundraiser link"
  counterexample "your followers loved the photo you posted"
}

rule PUBLISH_TO_INSTITUTION {
  category    publish_threat
  weight      1.5
  description "A promise to send the material itself to the victim's school, work or boss"
  terms {
    $threat = any(@threat_send_material, @i_will_send_it)
    $place  = any(@institutions, @your_school, @your_teachers, @your_boss_or_coach)
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $threat then($place, 4)
  unless $benign
  unless $aware
  example        "i will send the video to your school"
  example        "I'll send it to your boss and your colleagues"
  example        "everything goes to your employer tomorrow"
  counterexample "I'll send the rota to your manager"
  counterexample "Your school sent the newsletter, I'll forward it to you"
}

rule PUBLISH_TO_RELATIVE {
  category    publish_threat
  weight      1.2
  description "A promise to send or show material to a named relative or partner"
  terms {
    $threat = any(@threat_publish, @i_will_post, @start_sending)
    $person = any(@your_parents, @your_grandparents, @your_siblings, @your_wider_family, @your_partner, @your_family)
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $threat then($person, 6)
  unless $benign
  unless $aware
  example        "i will send it to your mum"
  example        "I'm going to show your girlfriend what you did"
  counterexample "I'll send the wedding photos to your mum tomorrow"
  counterexample "your mum sent me the pics, they're lovely"
}

rule PUBLISH_PORN_SITES {
  category    publish_threat
  weight      2.5
  description "Uploading the material to porn sites"
  terms {
    $verb  = any(@old_publish_verbs, @old_goes_public, @threat_publish, @i_will_post, @start_sending,
                 @material_refs, @your_pics_and_videos, @everything_you_did)
    $porn  = @porn_sites
    $aware = @awareness
  }
  when   $verb near($porn, 5)
  unless $aware
  example        "i'll upload your video to pornhub"
  example        "your vid is going on every porn site"
  example        "I will post it on porn sites with your name"
  counterexample "Sextortion scammers threaten to upload videos to porn sites. Never pay."
  counterexample "he spends way too long on porn sites lol"
}

rule PUBLISH_CONDITIONAL {
  category    publish_threat
  weight      2.0
  description "Publishing made conditional on paying, replying or keeping quiet"
  terms {
    $cond   = any(@publish_conditions, @escape_conditions, @old_or_else)
    $threat = any(@threat_publish_strong, @everyone_sees, @everyone_will_see, @going_over)
    $owed   = @refund_strict
    $aware  = @awareness
  }
  when   $cond then($threat, 8) | $threat then($cond, 6)
  unless $owed
  unless $aware
  example        "if you don't pay I'll send it to everyone"
  example        "If you block me i will post everything"
  example        "if you tell anyone, everyone will see your pics"
  example        "I will make this go viral unless you pay me"
  counterexample "if you don't mind I'll post the photos tonight"
  counterexample "If you don't pay the bill I'll send you a reminder"
}

rule PUBLISH_RUIN_EXPOSE {
  category    publish_threat
  weight      1.5
  description "A first-person promise to expose, humiliate or ruin the victim"
  terms {
    $will  = @threat_will
    $ruin  = @ruin_phrases
    $aware = @awareness
  }
  when   $will then($ruin, 2)
  unless $aware
  example        "I will ruin your life"
  example        "i'm going to expose you"
  example        "I'll make sure everyone sees what you did"
  counterexample "don't let that job ruin your life"
  counterexample "that exam is going to ruin my weekend"
}

rule PUBLISH_EVERYONE_WILL_SEE {
  category    publish_threat
  weight      1.5
  description "An audience that will see the material (\"everyone will see your pics\")"
  terms {
    $see      = any(@everyone_sees, @everyone_will_see)
    $material = any(@material_refs, @your_pics_and_videos, @everything_you_did, @explicit_material)
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   $see near($material, 4)
  unless $aware
  unless $benign
  example        "everyone will see your nudes"
  example        "all your friends will see this video"
  example        "your family will see what you did"
  counterexample "everyone will see the new kitchen on Saturday"
  counterexample "your friends will see you at the party"
}

rule PUBLISH_TAG_NETWORK {
  category    publish_threat
  weight      1.5
  description "Tagging or messaging the victim's followers, contacts or whole family"
  terms {
    $tag     = @tag_send
    $network = any(@circle_wide, @your_followers, @your_contact_lists)
    $tagonly = any("tag", "tagging", "tagged")
    $place   = any(@institutions, @your_school, @your_teachers, @your_boss_or_coach)
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $tag then($network, 1) | $tagonly then($place, 1)
  unless $benign
  unless $aware
  example        "I'll tag all your friends in it"
  example        "gonna dm all your followers"
  example        "forward this to everyone in your contacts"
  example        "and I'll tag your school"
  counterexample "I'll tag all your friends in the party pics"
  counterexample "share the fundraiser link with all your friends"
}

rule PUBLISH_ON_YOUR_PROFILE {
  category    publish_threat
  weight      1.2
  description "A promise to post the material on the victim's own profile or story"
  terms {
    $threat  = any(@threat_send_material, @i_will_send_it, @threat_publish_strong, "i post", "i upload", "i share", "i leak")
    $profile = any("your facebook", "your fb", "your instagram", "your insta", "your ig", "your snap", "your snapchat", "your tiktok", "your story", "your wall", "your timeline", "your page", "ur facebook", "ur insta", "ur ig", "ur snap")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $threat then($profile, 5)
  unless $aware
  unless $benign
  example        "I'll post it on your Facebook so everyone sees"
  example        "i post the vid on your insta tonight"
  counterexample "I'll post the photos on Facebook tomorrow"
  counterexample "I'll post it on your wall for your birthday"
}

rule PUBLISH_OR_AUDIENCE_SEES {
  category    publish_threat
  weight      2.0
  description "An ultimatum whose alternative is the audience seeing it (\"... or everyone sees\", \"or your pics go out\")"
  terms {
    $hinge = @or_audience
    $aware = @awareness
    $fine  = any("party", "surprise", "cake", "present", "spoiler", "spoilers", "result", "results")
  }
  when   $hinge
  unless $aware
  unless $fine
  example        "send it tonight or everyone sees"
  example        "Snd me 300 or ur pics go on ur insta"
  example        "you pay or your life is over"
  counterexample "hide the present or everyone will see it before the party"
  counterexample "or your family could come too, there's room"
}

rule PUBLISH_OR_I_POST {
  category    publish_threat
  weight      1.5
  description "An ultimatum whose alternative is posting, leaking or sending the material (\"or I post it\")"
  terms {
    $hinge  = @or_i_post
    $letter = any("letter", "card", "parcel", "post office", "stamp", "stamps", "envelope", "cheque", "form", "tomorrow morning", "to you", "to u", "email", "e-mail", "by post", "first class")
    $aware  = @awareness
  }
  when   $hinge
  unless $letter
  unless $aware
  example        "send £300 or i post it"
  example        "Pay me or I will upload it to YouTube"
  example        "answer me or i leak your pics"
  counterexample "I'll drop the card round or I'll post it, whichever is easier"
  counterexample "or I'll send it to you by email if that's easier"
}

rule PUBLISH_WANT_THEM_TO_SEE {
  category    publish_threat
  weight      1.2
  description "A taunt about who will see it (\"do you want your family to see?\")"
  terms {
    $see    = @want_audience_see
    $benign = @benign_context
    $house  = any("house", "flat", "garden", "kitchen", "new", "results", "first")
    $aware  = @awareness
  }
  when   $see
  unless $aware
  unless $benign
  unless $house
  example        "do you want your family to see?"
  example        "You want everyone to see this?"
  counterexample "do you want your family to see the house first?"
  counterexample "I want everyone to see the wedding video, it's so good"
}

"""#),
        (path: "en/recording_claim.rules", text: #"""
# recording_claim: a claim to hold compromising material, or to have hacked a device to get it.
# "I recorded the match" and "I have your photos from the wedding" are ordinary: the strong rules
# need explicit material, malware, or a recording of "you" / "our call".

rule RECORDING_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A claim to hold explicit material of the victim (\"I have your nudes\", \"I recorded you naked\")"
  terms {
    $have     = any(@possession_claims, @screenshots, @saved)
    $material = @explicit_material
    $aware    = @awareness
  }
  when   $have near($material, 5)
  unless $aware
  example        "I have your nudes"
  example        "i recorded you jerking off on cam"
  example        "I've got a video of you naked, want to see?"
  counterexample "If someone says they have your nudes, don't pay and report it to CEOP"
  counterexample "I saved the recipe for that naked cake"
}

rule RECORDING_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A first-person claim to have recorded the victim or the video call"
  terms {
    $rec    = @recorded_first_person
    $object = any(@recorded_objects, @everything_you_did, @video_call_nouns)
    $claim  = @recorded_complete
    $benign = any(@benign_context, "singing", "dancing", "goal", "speech", "lecture", "meeting", "the match", "the game", "the show", "the episode", "the final", "for you", "for later")
    $aware  = @awareness
  }
  when   $rec then($object, 2) | $claim
  unless $aware
  unless $benign
  example        "I recorded our video call"
  example        "i screen recorded you the whole time"
  example        "you've been recorded. I got everything on video"
  example        "i got you on cam, it's all recorded"
  counterexample "I recorded the match for you, watch it later"
  counterexample "I recorded you singing at the wedding haha"
  counterexample "I taped the last episode of the show"
}

rule RECORDING_HAVE_YOUR_MEDIA {
  category    recording_claim
  weight      1.0
  description "A claim to hold the victim's pictures or video, not named as explicit"
  terms {
    $have   = @have_first_person
    $media  = any(@your_media, @your_pics_and_videos)
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $have then($media, 2)
  unless $aware
  unless $benign
  example        "I have your video"
  example        "i saved all the pics you sent"
  example        "I've got the recording of our call"
  counterexample "I have your photos from the wedding on my laptop"
  counterexample "did you get the pics I sent?"
}

rule RECORDING_LOOK_PROOF {
  category    recording_claim
  weight      0.8
  description "Proof offered to the victim (\"look what I have\", \"is this you?\")"
  terms {
    $proof  = @look_proof
    $benign = any(@benign_context, "in the photo", "in this photo", "in the picture", "in year", "when you were little", "when you were a kid", "haha", "lol", "cute")
    $aware  = @awareness
  }
  when   $proof
  unless $aware
  unless $benign
  example        "look what i have"
  example        "Recognise this? Here's the proof"
  example        "is this you? [screenshot]"
  counterexample "look at this cute dog lol"
  counterexample "is this you in the photo from year 7?"
}

rule RECORDING_MALWARE {
  category    recording_claim
  weight      2.5
  description "The email variant: malware or a hacked webcam used to record the victim"
  terms {
    $malware = @malware
    $device  = any(@your_devices, @your_social_accounts)
    $me      = @hack_first_person
    $aware   = @awareness
  }
  when   $malware near($device, 8) & $me
  unless $aware
  example        "I installed malware on your computer and turned on your webcam"
  example        "i infected your device with a trojan, my software recorded you"
  example        "I hacked your phone with spyware"
  counterexample "does your laptop have antivirus? there's a virus going round"
  counterexample "I installed the printer driver on your laptop"
}

rule RECORDING_DEVICE_ACCESS {
  category    recording_claim
  weight      1.5
  description "Claimed control of the victim's camera, device or accounts"
  terms {
    $access  = @access_verbs
    $device  = any(@your_devices, @your_social_accounts)
    $passive = @passive_hack
    $ok      = any("for you", "fixed", "fix", "reset", "settings", "update", "updated", "password reset", "the heating", "the lights")
    $aware   = @awareness
  }
  when   $access then($device, 2) | $device then($passive, 1)
  unless $aware
  unless $ok
  example        "I turned on your webcam while you were watching"
  example        "i have full access to your device and accounts"
  example        "your webcam was hacked"
  example        "your camera was hacked. I recorded you through your webcam"
  counterexample "I updated the settings on your laptop for you"
  counterexample "can you give me access to the shared folder?"
}

rule RECORDING_PASSWORD_PROOF {
  category    recording_claim
  weight      1.0
  description "An old password quoted as proof of access"
  terms {
    $pw    = @password_proof
    $ok    = any("wifi", "wi-fi", "router", "fridge", "netflix", "written", "card", "sticker")
    $aware = @awareness
  }
  when   $pw
  unless $aware
  unless $ok
  example        "your password is hunter2. yes I know it"
  example        "I know your password and I have access to everything"
  counterexample "the wifi password is on the back of the router"
  counterexample "I forgot my password again"
}

"""#),
        (path: "es/deadline.rules", text: #"""
# Spanish deadline: time pressure. Deadlines are everywhere in ordinary life (work, deliveries,
# returns), so a bare time limit weighs 0.5-0.7; only a limit tied to a consequence, a countdown
# or a final warning weighs more.

rule ES_DEADLINE_YOU_HAVE {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"tienes 24 horas\", \"te doy 2 horas\", \"tienes hasta mañana\")"
  terms {
    $opener = @es_you_have
    $time   = entity(duration)
    $until  = any("tienes hasta", "tenés hasta", "tenes hasta", "te doy hasta", "tiene hasta")
    $when   = any(entity(number), "mañana", "manana", "esta noche", "medianoche", "la noche", "el mediodía", "el mediodia", "las")
    $shop   = @es_shop
    $return = any("devolver", "devolverlo", "devolverla", "devolución", "devolucion", "garantía", "garantia", "cambiarlo", "cambio", "reclamar", "entregar el trabajo", "el trabajo", "la tarea", "los deberes", "examen")
    $aware  = @awareness
  }
  when   $opener then($time, 2) | $until then($when, 1)
  unless $shop
  unless $return
  unless $aware
  example        "Tienes 24 horas."
  example        "te doy 2 horas para decidir"
  example        "solo te quedan 30 minutos"
  example        "tienes hasta mañana a las 10"
  counterexample "el tren tarda 2 horas desde aquí"
  counterexample "esperamos 45 minutos el autobús"
  counterexample "tienes 30 días para devolver el pedido"
}

rule ES_DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"48 horas o todos lo verán\", \"antes de que lo publique\", \"hoy o ya verás\")"
  terms {
    $time   = any(entity(duration), @es_by_time, @es_now, "mañana", "manana", "medianoche")
    $threat = any(@es_deadline_consequence, @es_or_threat, @es_or_audience)
    $o      = "o"
    $post   = @es_i_publish
    $benign = @benign_context
    $work   = @es_work_context
    $aware  = @awareness
  }
  when   $time near($threat, 6) | $time near($o then($post, 0), 6)
  unless $benign
  unless $work
  unless $aware
  example        "tienes 48 horas o todo el mundo lo verá"
  example        "2 horas o el video le llega a tu familia"
  example        "antes de medianoche o lo publico"
  example        "hoy o ya verás"
  example        "tienes 24 horas, después lo subo a internet"
  counterexample "tienes 48 horas para devolver el producto con reembolso completo"
  counterexample "el informe es para dentro de 2 días, no olvides el anexo"
  counterexample "mañana subo las fotos del viaje"
}

rule ES_DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt (\"tic tac\", \"se te acaba el tiempo\")"
  terms {
    $tick  = @es_countdown
    $event = any("navidad", "año nuevo", "ano nuevo", "nochevieja", "fin de año", "fin de ano", "partido", "examen", "exámenes", "examenes", "horno", "concierto", "vacaciones", "viaje", "boda", "cumple", "cumpleaños", "cumpleanos", "finde", "fin de semana", "reyes", "verano", "estreno", "lanzamiento", "juego", "carrera", "maratón", "maraton", "la fiesta", "la peli", "la serie")
    $laugh = @es_laugh
    $aware = @awareness
  }
  when   $tick
  unless $event
  unless $laugh
  unless $aware
  example        "tic tac"
  example        "El tiempo corre. Cada minuto que pasa es peor para ti."
  example        "se te acaba el tiempo"
  counterexample "¡empieza la cuenta atrás para nochevieja!"
  counterexample "el tiempo corre cuando te lo pasas bien jaja"
  counterexample "tic tac, quedan 5 minutos para que acabe el examen"
}

rule ES_DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance (\"último aviso\", \"es tu última oportunidad\")"
  terms {
    $final = @es_final_warning
    $shop  = @es_shop
    $laugh = @es_laugh
    $aware = @awareness
  }
  when   $final
  unless $shop
  unless $laugh
  unless $aware
  example        "último aviso"
  example        "Esta es tu última oportunidad. No te lo vuelvo a repetir"
  example        "ultima advertencia"
  counterexample "¡última oportunidad para comprar entradas con descuento!"
  counterexample "último aviso: tu factura de la luz está pendiente"
}

rule ES_DEADLINE_BY_CLOCK {
  category    deadline
  weight      0.5
  description "A clock-time limit (\"antes de medianoche\", \"ahora mismo\", \"hoy mismo\")"
  terms {
    $when  = @es_by_time
    $aware = @awareness
  }
  when   $when
  unless $aware
  example        "lo quiero antes de medianoche"
  example        "hazlo ahora mismo"
  counterexample "nos vemos esta noche"
  counterexample "llego a medianoche"
}

"""#),
        (path: "es/friends_listing.rules", text: #"""
# Spanish friends_listing: proof of reach into the victim's network.
# A pasted list of names needs a name-list entity the language does not have; these rules cover
# the claims ("tengo capturas de tus seguidores"), the hack, and the "tu mamá X, tu hermana Y" shape.

rule ES_FRIENDS_SCREENSHOT_OR_HACK {
  category    friends_listing
  weight      2.0
  description "Screenshots of the victim's followers, friends or contacts, or a hack of their account to message them all (Spanish)"
  terms {
    $cap     = @es_captured
    $network = any(@es_network_lists, @es_network_people, @es_circle_wide)
    $hack    = @es_hack_verbs
    $account = any(@es_network_lists, @es_your_devices, @es_your_profile, @es_platforms)
    $msgall  = any("puedo escribirles", "puedo mandarles", "les puedo escribir", "les puedo mandar", "les voy a escribir", "voy a escribirles", "a todos", "cada uno de", "todos ellos", "uno por uno")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $cap then($network, 3) | $hack then($account, 3) & $msgall
  unless $benign
  unless $aware
  example        "tengo capturas de todos tus seguidores"
  example        "hice captura de tu lista de amigos y de tu familia"
  example        "hackeé tu cuenta y puedo escribirles a todos tus contactos"
  example        "ya te hackeé el face, tengo acceso a todos tus amigos"
  counterexample "le hice captura a la foto de la boda para tu familia"
  counterexample "me hackearon la cuenta y escribieron a todos mis contactos"
  counterexample "guardé tu número en el móvil"
}

rule ES_FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A Spanish claim to hold the victim's follower, friend or contact list"
  terms {
    $have    = @es_i_have
    $network = @es_network_lists
    $mine    = any("te los paso", "te las paso", "te lo paso", "móvil viejo", "movil viejo", "teléfono viejo", "telefono viejo", "celular viejo", "copia de seguridad", "respaldo")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $have then($network, 3)
  unless $mine
  unless $benign
  unless $aware
  example        "tengo todos tus seguidores"
  example        "ya tengo tu lista de contactos"
  example        "guardé tus seguidores uno por uno"
  counterexample "tengo tus contactos del móvil viejo, te los paso"
  counterexample "tus seguidores van a flipar con el video del viaje"
}

rule ES_FRIENDS_FOUND_OR_KNOWN {
  category    friends_listing
  weight      1.2
  description "A Spanish claim to have found the victim's family and friends, or reciting their details"
  terms {
    $found   = @es_found_circle
    $circle  = any(@es_network_lists, @es_network_people, @es_circle_wide, @es_your_parents, @es_your_siblings, @es_your_partner, @es_your_institutions)
    $know    = any(@es_i_know, @es_i_have)
    $details = @es_known_details
    $where   = any("en el bar", "en la fiesta", "fuera", "afuera", "abajo", "en la puerta", "en la estación", "en la estacion", "están bien", "estan bien", "del fútbol", "del futbol", "del cole", "de la uni", "del trabajo", "del gimnasio", "para la tarjeta", "para el regalo", "para la invitación", "para la invitacion")
    $polite  = @es_greeting
    $aware   = @awareness
  }
  when   $found then($circle, 3) | $know then($details, 2)
  unless $where
  unless $polite
  unless $aware
  example        "encontré a tu familia en facebook"
  example        "ya sé quiénes son tus padres y tu hermana"
  example        "sé el nombre de tu madre y dónde trabaja tu padre"
  counterexample "encontré a tus amigos en el bar, están bien"
  counterexample "¿cuál es el nombre de tu madre? es para la tarjeta"
  counterexample "conozco a tu hermano del fútbol"
}

rule ES_FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A Spanish roll-call of the victim's parents, siblings and partner or friends in one message"
  terms {
    $parent  = @es_your_parents
    $sibling = @es_your_siblings
    $friend  = any(@es_your_partner, @es_your_institutions)
    $polite  = @es_greeting
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $parent & $sibling & $friend
  unless $polite
  unless $benign
  unless $aware
  example        "tu mamá Karen, tu hermana Lucía y tu novio Javi"
  example        "Tu papá se llama Marcos, tu hermano Rubén y tu mejor amiga es Ana"
  counterexample "saludos a tu mamá, a tu hermana y a tu novio"
  counterexample "tu mamá y tu hermana vienen a las seis"
}

rule ES_FRIENDS_IS_THIS_YOUR {
  category    friends_listing
  weight      1.0
  description "Checking a name against the victim's circle, or presenting it back (\"¿esta es tu hermana?\", \"aquí están tus amigos\")"
  terms {
    $ask     = @es_is_this_your
    $person  = @es_relatives
    $here    = @es_here_are
    $network = any(@es_network_lists, @es_network_people, @es_circle_wide)
    $ok      = any("coche", "carro", "casa", "en la foto", "foto de", "de pequeña", "de pequeño")
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $ask then($person, 0) | $here then($network, 1)
  unless $ok
  unless $benign
  unless $aware
  example        "¿esta es tu hermana? Emma Clarke"
  example        "este es tu papá, ¿verdad? Jorge Pérez"
  example        "aquí están todos tus amigos: Jaime, Tomás, Paula y Sara"
  example        "mira tus seguidores. ¿los reconoces?"
  counterexample "¿es tu mamá la del coche de fuera?"
  counterexample "estos son mis amigos de la uni"
  counterexample "tus amigos están aquí, baja"
}

"""#),
        (path: "es/grooming.rules", text: #"""
# Spanish grooming: secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule ES_GROOM_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it (\"nuestro secreto\", \"borra el chat\")"
  terms {
    $secret = @es_secrecy
    $happy  = @es_surprise
    $aware  = @awareness
  }
  when   $secret
  unless $happy
  unless $aware
  example        "esto es nuestro secreto"
  example        "no le digas a nadie lo nuestro, ¿vale?"
  example        "borra el chat después"
  counterexample "no se lo digas a nadie pero ¡nos casamos!"
  counterexample "que quede entre nosotros, es la fiesta sorpresa de Jess"
}

rule ES_GROOM_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, family, school or police out of it (\"no le digas a tus padres\")"
  terms {
    $dont    = @es_dont_tell
    $who     = any(@es_your_parents, @es_your_siblings, @es_network_people, @es_your_institutions, @es_police)
    $explain = @es_parents_dont_know
    $happy   = @es_surprise
    $laugh   = @es_laugh
    $aware   = @awareness
  }
  when   $dont then($who, 2) | $explain
  unless $happy
  unless $laugh
  unless $aware
  example        "no le digas a tus padres que hablamos"
  example        "tus padres no lo entenderían. que tu mamá no vea esto"
  example        "no vayas a la policía"
  counterexample "no le digas a tu mamá lo de la fiesta sorpresa"
  counterexample "avisa a tus padres de que llegarás tarde"
}

rule ES_GROOM_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved (\"¿estás sola?\", \"¿hay alguien contigo?\")"
  terms {
    $alone = @es_alone_checks
    $chore = @es_chores
    $aware = @awareness
  }
  when   $alone
  unless $chore
  unless $aware
  example        "¿estás sola?"
  example        "¿hay alguien contigo ahora?"
  example        "¿tus papás están dormidos? cierra la puerta con llave"
  counterexample "estoy solo en casa esta noche, Dani se fue de viaje"
  counterexample "¿hay alguien en casa? estoy en la puerta con tu paquete"
}

rule ES_GROOM_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or school year (\"¿cuántos años tienes?\", \"¿a qué cole vas?\")"
  terms {
    $age   = @es_age_questions
    $ok    = any("cumples", "cumple", "cumpleaños", "cumpleanos", "coche", "carro", "perro", "gato", "casa", "bebé", "bebe", "fiesta", "tarta", "pastel", "hijo", "hija", "cumplir", "jubilación", "jubilacion", "jubilarte")
    $aware = @awareness
  }
  when   $age
  unless $ok
  unless $aware
  example        "¿cuántos años tienes?"
  example        "¿a qué cole vas?"
  example        "en que curso estas"
  counterexample "¿cuántos años tiene tu coche ya?"
  counterexample "¿cuántos años tienes ya? ¿vas a hacer fiesta de cumple?"
}

rule ES_GROOM_FLATTERY_OR_DEVICE {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart (\"eres muy madura para tu edad\"), or probing who else sees their device"
  terms {
    $flatter = @es_mature_flattery
    $risk    = @es_shared_device
    $ok      = any("cumplo", "cumplí", "cumpli", "mis años", "mis anos", "jubilación", "jubilacion")
    $aware   = @awareness
  }
  when   $flatter | $risk
  unless $ok
  unless $aware
  example        "eres muy madura para tu edad"
  example        "la edad es solo un número, no soy como los otros chicos"
  example        "¿tus padres revisan tu celular?"
  counterexample "ha madurado mucho desde la uni"
  counterexample "mis padres no entienden mi música"
  counterexample "el ordenador compartido de la biblioteca está roto"
}

"""#),
        (path: "es/image_request.rules", text: #"""
# Spanish image_request: asking for intimate images or acts, often traded ("pásame el pack").
# "Mándame una foto del menú" is ordinary: the generic request weighs 0.5 and stands down for
# everyday subjects; explicit requests weigh more but alone stay below medium (adults flirt).

rule ES_IMG_SEND_PIC {
  category    image_request
  weight      0.5
  description "A Spanish request for a picture or video of the reader"
  terms {
    $ask      = any(@es_pic_requests, @es_send_me)
    $pic      = @es_pic_words
    $direct   = @es_pic_direct
    $everyday = @es_everyday_subjects
    $explicit = any(@es_explicit_requests, @es_cam_acts)
    $aware    = @awareness
  }
  when   $ask then($pic, 2) | $direct
  unless $everyday
  unless $explicit
  unless $aware
  example        "mándame una foto"
  example        "quiero ver una foto tuya"
  example        "¿me pasas un selfie?"
  counterexample "mándame una foto del menú"
  counterexample "mi madre quiere las fotos de la boda"
}

rule ES_IMG_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A Spanish request for nudes or explicit images, or to undress or perform acts on camera"
  terms {
    $ask      = @es_explicit_requests
    $send     = any(@es_send_me, @es_pic_requests)
    $material = any(@es_explicit_material, @explicit_material)
    $act      = @es_cam_acts
    $aware    = @awareness
  }
  when   $ask | $send near($material, 3) | $act
  unless $aware
  example        "manda nudes"
  example        "muéstrame tu cuerpo"
  example        "¿tienes pack? pásame fotos sin ropa"
  example        "quítate la ropa"
  example        "tócate para mí"
  counterexample "Nunca mandes fotos desnudo a alguien que conociste en internet; si te las piden, habla con un adulto"
  counterexample "estabas guapísima con ese vestido anoche"
  counterexample "quítate el abrigo y quédate un rato"
  counterexample "quítate los zapatos antes de entrar"
}

rule ES_IMG_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"yo te enseño si tú me enseñas\", \"foto por foto\")"
  terms {
    $trade    = @es_trade
    $explicit = any(@es_explicit_requests, @es_cam_acts)
    $toys     = any("bici", "coche", "carro", "dibujo", "deberes", "tarea", "cartas", "jardín", "jardin", "cuarto", "habitación", "habitacion", "disfraz", "uñas", "unas", "pelo", "tatuaje", "tarta", "pastel", "peli", "dirección", "direccion", "número", "numero", "ubicación", "ubicacion", "horario", "lista", "receta", "notas", "apuntes")
    $aware    = @awareness
  }
  when   $trade
  unless $explicit
  unless $toys
  unless $aware
  example        "yo te enseño si tú me enseñas"
  example        "ya te mandé la mía, ahora mándame la tuya"
  example        "¿foto por foto?"
  counterexample "te enseñé mi bici nueva, enséñame la tuya"
  counterexample "te mandé mi dirección, ahora mándame la tuya"
  counterexample "manda nudes, yo te enseño si tú me enseñas"
}

rule ES_IMG_FACE_PROOF {
  category    image_request
  weight      1.0
  description "Asking the reader to include their face or prove it is them (Spanish)"
  terms {
    $face  = @es_face_proof
    $ok    = any("dni", "pasaporte", "carnet", "documento", "identidad", "verificar", "verificación", "verificacion", "foto de perfil", "banco", "fiesta", "puerta", "orla", "anuario")
    $aware = @awareness
  }
  when   $face
  unless $ok
  unless $aware
  example        "que se te vea la cara"
  example        "manda una con tu cara para saber que eres tú"
  example        "cara y cuerpo esta vez"
  counterexample "el banco pide una foto con tu cara y el dni"
  counterexample "sube una foto con tu cara al perfil para verificar la cuenta"
}

rule ES_IMG_MORE_PRESSURE {
  category    image_request
  weight      0.8
  description "Pressure for more images, with reassurance (\"solo una más\", \"nadie la va a ver\")"
  terms {
    $more     = @es_more_requests
    $explicit = any(@es_explicit_requests, @es_cam_acts)
    $everyday = any(@es_everyday_subjects, "pastel", "tarta", "torta", "galleta", "cerveza", "caña", "cana", "ronda", "partida", "capítulo", "capitulo", "episodio", "canción", "cancion", "intento", "café", "cafe", "copa", "trago", "vuelta", "porción", "porcion", "trozo", "oportunidad", "vez", "nos vamos", "y a dormir", "canta", "cantar", "baila", "bailar", "karaoke", "habla", "hablar", "pregunta", "preguntar")
    $aware    = @awareness
  }
  when   $more
  unless $explicit
  unless $everyday
  unless $aware
  example        "solo una más, nadie la va a ver"
  example        "no seas tímida, es solo para mí"
  example        "manda más"
  counterexample "solo una más y nos vamos, que mañana madrugo"
  counterexample "una partida más y a dormir"
  counterexample "muéstrame tu cuerpo, no seas tímida"
}

"""#),
        (path: "es/intimidation.rules", text: #"""
# Spanish intimidation: credibility props and fear. Threat idioms ("mi madre me mata") are common
# in banter, so harm and jail threats alone stay below medium.

rule ES_INTIM_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help, or that the offender is out of reach (\"no estoy en tu país\")"
  terms {
    $police = @es_police
    $futile = @es_police_futility
    $away   = @es_untraceable
    $petty  = @es_petty
    $trip   = any("vacaciones", "de viaje", "erasmus", "a la vuelta", "cuando vuelva", "escondite")
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $police near($futile, 4) | $away
  unless $petty
  unless $trip
  unless $laugh
  unless $aware
  example        "la policía no me va a encontrar"
  example        "ve a la policía si quieres, no te pueden ayudar"
  example        "no estoy en tu país, nunca me encontrarás"
  counterexample "la policía no puede hacer nada con el ruido de los vecinos"
  counterexample "no encuentro mis llaves por ningún lado"
  counterexample "la semana que viene no estoy en el país"
  counterexample "estoy en otro país de vacaciones, hablamos a la vuelta"
}

rule ES_INTIM_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring, leaving or telling punished with exposure (\"si me bloqueas, todos lo verán\")"
  terms {
    $block = @es_block_conditions
    $then  = any(@es_i_publish, @es_i_send, @es_everyone_sees, @es_or_audience, @es_harm)
    $ok    = any("recordatorio", "te llamo", "te aviso", "te escribo")
    $laugh = @es_laugh
    $aware = @awareness
  }
  when   $block near($then, 8)
  unless $ok
  unless $laugh
  unless $aware
  example        "no me bloquees o lo publico"
  example        "si me ignoras todos lo verán"
  example        "bloquéame y se lo mando a toda tu familia"
  counterexample "no me bloquees jaja era broma"
  counterexample "si me ignoras te mando un recordatorio mañana"
  counterexample "si no contestas, te llamo luego"
}

rule ES_INTIM_FALSE_REPORT_OR_MINOR {
  category    intimidation
  weight      1.8
  description "Threats to brand or report the reader as a paedophile, the offender claiming to be a minor, or a fake police complaint (Spanish)"
  terms {
    $accuse = @es_accusers
    $label  = @es_accusation_labels
    $minor  = @es_underage_claims
    $police = @es_fake_authority
    $news   = any("noticias", "noticia", "detenido", "detuvieron", "arrestado", "arrestaron", "juicio", "condenado", "condenaron", "documental", "artículo", "articulo", "película", "pelicula", "serie", "periódico", "periodico", "telediario", "sentencia")
    $other  = any("cuando", "tenía", "tenia", "cerveza", "bar", "discoteca", "boliche", "antro", "copas", "carnet", "dni")
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $accuse near($label, 4) | $minor | $police
  unless $news
  unless $other
  unless $laugh
  unless $aware
  example        "te voy a denunciar a la policía como pedófilo"
  example        "voy a decir a todos que eres un pederasta"
  example        "soy menor de edad, le mandaste fotos a una menor"
  example        "solo tengo 15 años, estabas hablando con una menor"
  example        "soy de la policía cibernética, hay una denuncia en tu contra por enviar fotos a una menor"
  counterexample "detuvieron a un pedófilo en Sevilla, salió en las noticias"
  counterexample "tenía solo 15 años cuando la conocí"
  counterexample "solo tengo 15 minutos para comer"
  counterexample "Cuidado: estafadores se hacen pasar por la policía cibernética y dicen que hay una denuncia en tu contra"
}

rule ES_INTIM_JAIL_OR_HARM {
  category    intimidation
  weight      1.3
  description "Threats of prison, harm, stalking or pressure toward self-harm (Spanish)"
  terms {
    $jail  = @es_jail
    $harm  = @es_harm
    $joke  = any("multa", "aparcar", "estacionar", "velocidad", "monopoly", "si llegas tarde", "si no vienes", "si te comes", "si no me traes", "la fiesta", "la peli", "si no lo pruebas", "tu madre te", "tu mamá te", "tu mama te", "mi madre", "mi mamá", "mi mama", "fraude", "hacienda", "impuestos")
    $laugh = @es_laugh
    $aware = @awareness
  }
  when   $jail | $harm
  unless $joke
  unless $laugh
  unless $aware
  example        "vas a ir a la cárcel por esto"
  example        "te vas a arrepentir. tu vida se acabó"
  example        "mátate"
  counterexample "vas a ir a la cárcel por aparcar ahí jaja"
  counterexample "mi madre nos mata si llegamos tarde"
  counterexample "si no vienes a la fiesta te vas a arrepentir"
}

rule ES_INTIM_KNOW_WHERE_NO_ESCAPE {
  category    intimidation
  weight      1.2
  description "Knowledge of where the reader lives or studies, or removing their options (\"sé dónde vives\", \"no tienes opción\")"
  terms {
    $where = @es_know_where
    $trap  = @es_no_escape
    $ok    = any("llaves", "paquete", "te llevo", "te recojo", "paso a buscarte", "te paso a buscar", "te busco", "cenar", "comer", "contrato", "fiesta", "cena", "regalo", "carta", "postal", "invitación", "invitacion", "tarta", "pastel", "torta", "pruébalo", "pruebalo", "probar", "peli", "película", "pelicula")
    $laugh = @es_laugh
    $aware = @awareness
  }
  when   $where | $trap
  unless $ok
  unless $laugh
  unless $aware
  example        "sé dónde vives"
  example        "se a que colegio vas"
  example        "no tienes opción. haz lo que te digo"
  counterexample "¿sabes dónde vive Sam?"
  counterexample "sé dónde vives, luego te dejo las llaves"
  counterexample "no tienes opción, tienes que probar la tarta"
}

"""#),
        (path: "es/payment_demand.rules", text: #"""
# Spanish (Spain and Latin America) payment_demand: a demand for money, with an amount or a rail.
# Friends settle up all the time ("pásame 10 € de la cena", "hazme un bizum"), so an amount after
# "manda" or a rail after "paga" weighs at most 1.2; a demand hinged on "o ..." / "si no pagas ..."
# or "quiero <amount>" weighs more. Lexicons list accent-free spellings too.

rule ES_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A Spanish payment demand with an amount, hinged on a threat (\"paga 500 € o esto va a Facebook\")"
  terms {
    $pay    = any(@es_pay_commands, @es_send_me, @es_demand_want, @es_p2p_rails)
    $amount = any(entity(money), @es_spelled_amounts)
    $orelse = any(@es_or_threat, @es_or_audience)
    $cond   = @es_publish_conditions
    $threat = any(@es_i_publish, @es_i_send, @es_everyone_sees, @es_goes_to)
    $or     = "o"
    $post   = @es_i_publish
    $owed   = @refund_strict
    $fine   = any("multa", "multas", "recargo", "recargos", "intereses", "sube a", "subirá a", "se cancela", "cancelan", "pierdes la reserva", "juzgado", "ayuntamiento")
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $pay near($amount, 3) & ($amount near($orelse, 4) | $amount near($or then($post, 0), 4) | $cond then($threat, 8))
  unless $owed
  unless $fine
  unless $or then(entity(money), 3)
  unless $laugh
  unless $aware
  example        "Paga 500 € o esto va a Facebook"
  example        "mándame 300 dólares ya o lo publico todo"
  example        "transfiéreme 1000 pesos o tu familia lo verá"
  example        "deposita quinientos euros o se lo mando a tu novia"
  example        "si no me pagas 200 euros lo subo a internet"
  example        "kiero 500 pavos o tus fotos van a tu insta"
  counterexample "págame los 20 euros mañana o el viernes, como quieras"
  counterexample "paga 20 o 30 euros por las entradas, lo que te venga mejor"
  counterexample "Los estafadores dicen: paga 500 € o lo publico. Nunca pagues y denúncialo."
  counterexample "paga la multa de 50 euros o sube a 100"
  counterexample "me debes 15 euros, págame o ya verás jaja"
  counterexample "si no me pagas los 10 euros hoy te quedas sin pizza jaja"
  counterexample "si no me pagas los 20 euros hoy, mañana los pago yo"
}

rule ES_PAY_WANT_OR_HINGE {
  category    payment_demand
  weight      1.5
  description "A Spanish first-person demand for an amount (\"quiero 500 €\"), or a demand to pay hinged on a threat without an amount"
  terms {
    $want   = @es_demand_want
    $amount = any(entity(money), @es_spelled_amounts)
    $pay    = any(@es_pay_commands, @es_pay_pressure, @es_p2p_rails)
    $hinge  = any(@es_or_threat, @es_or_audience)
    $or     = "o"
    $post   = @es_i_publish
    $ctx    = any(@refund_context, @refund_strict)
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $want then($amount, 2) | $pay then($hinge, 3) | $pay then($or then($post, 0), 3)
  unless $ctx
  unless $laugh
  unless $aware
  example        "Quiero 500 €."
  example        "exijo quinientos euros ya"
  example        "necesito 1000 dólares ahora mismo"
  example        "paga o se lo mando a tus padres"
  example        "manda el dinero o ya verás"
  example        "págame o lo subo"
  example        "bizum ya o tu familia lo verá"
  counterexample "necesito 20 euros para el tren de mañana"
  counterexample "quiero 2 entradas para el sábado"
  counterexample "págame lo que me debes o no te vuelvo a prestar nada"
  counterexample "quiero 500 euros por la moto, está como nueva"
}

rule ES_PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "A Spanish imperative to pay or send an amount, with no everyday reason nearby"
  terms {
    $pay    = any(@es_pay_commands, @es_send_me)
    $amount = any(entity(money), @es_spelled_amounts)
    $ctx    = any(@refund_context, @refund_strict)
    $aware  = @awareness
  }
  when   $pay then($amount, 2)
  unless $ctx
  unless $aware
  example        "mándame 200 dólares ya"
  example        "Paga 300 € hoy."
  example        "deposítame 1000 pesos"
  example        "tienes que pagarme doscientos euros"
  counterexample "te mando 20 euros por la pizza"
  counterexample "pásame 5 euros para el bus"
  counterexample "págame los 10 euros de la cena cuando puedas"
}

rule ES_PAY_RAIL_DEMAND {
  category    payment_demand
  weight      1.2
  description "Payment through a rail offenders favour, in Spanish: gift card and its code, crypto to a wallet, OXXO deposit, cash transfer details (Bizum and bank transfers count only next to a threat)"
  terms {
    $pay    = any(@es_pay_commands, @es_send_me)
    $rail   = any(@gift_cards, @es_gift_cards, @crypto, @es_crypto, @wire_services, @es_payment_rails)
    $card   = any(@gift_cards, @es_gift_cards)
    $code   = @es_gift_codes
    $escard = @es_gift_cards
    $encode = @gift_card_codes
    $coin   = any(@crypto, @es_crypto)
    $wallet = @es_wallet
    $wire   = @wire_services
    $detail = @es_wire_details
    $mtcn   = any("el mtcn", "número mtcn", "numero mtcn", "código mtcn", "codigo mtcn", "pásame el mtcn", "pasame el mtcn")
    $ctx    = any(@refund_context, @refund_strict)
    $happy  = any("cumpleaños", "cumple", "navidad", "reyes", "amigo invisible", "amigo secreto", "sorteo", "premio", "gracias", "abuela", "abuelo")
    $aware  = @awareness
  }
  when   $pay near($rail, 5) | $card near($code, 8) | $escard near($encode, 8) | $coin near($wallet, 5) | $wire near($detail, 6) | $mtcn
  unless $ctx
  unless $happy
  unless $aware
  example        "deposita en oxxo y mándame foto del comprobante"
  example        "compra una tarjeta de google play y mándame el código"
  example        "envía 0.05 btc a esta dirección"
  example        "mándalo por western union a nombre de Juan Pérez"
  example        "paga con una tarjeta de steam, solo acepto eso"
  example        "deposita 2000 pesos en esta cuenta oxxo"
  counterexample "me regalaron una tarjeta de steam por mi cumpleaños, el código funcionó"
  counterexample "mi hermano perdió mucho dinero con las criptomonedas"
  counterexample "te hago un bizum luego por lo de la cena"
  counterexample "hazme un bizum de 15 euros y listo"
  counterexample "mándame 20 euros por paypal y te invito al cine"
  counterexample "el western union de la esquina ya cerró"
  counterexample "Gift card codes for the office secret santa are in your inbox"
  counterexample "what's the mtcn thing on the western union receipt? mum's confused"
}

rule ES_PAY_PRESSURE {
  category    payment_demand
  weight      1.0
  description "Spanish haggling, chasing a payment, or a promise to delete once paid (\"paga y lo borro todo\")"
  terms {
    $press  = @es_pay_pressure
    $delete = @es_delete_promise
    $paid   = any(@es_paid, entity(money))
    $things = any(@refund_strict, "coche", "carro", "moto", "bici", "sofá", "sofa", "casa", "piso", "alquiler", "entrada", "entradas", "móvil", "movil", "celular", "portátil", "portatil", "consola", "wallapop", "mercado libre", "vinted", "factura", "luz", "excursión", "excursion", "viaje", "colegio", "cole", "club", "cuota", "fianza", "nómina", "nomina", "sueldo", "cliente", "app", "aplicación", "aplicacion", "archivo", "borrador", "correo", "spam", "duplicadas", "borrosas", "fotos viejas")
    $aware  = @awareness
  }
  when   $press | $delete near($paid, 6)
  unless $things
  unless $aware
  example        "¿cuánto dinero tienes? manda lo que tengas"
  example        "estoy esperando el dinero, date prisa"
  example        "págame 200 € y lo borro todo"
  example        "cuando pagues elimino el video, te lo prometo"
  counterexample "¿cuánto puedes pagar por el coche? él pide 2000"
  counterexample "mamá dice que mandes el dinero de la excursión antes del viernes"
  counterexample "borro la app cuando me paguen la nómina"
}

"""#),
        (path: "es/platform_move.rules", text: #"""
# Spanish platform_move: moving the chat to a less moderated app or to live video.
# Friends swap handles and video call all the time, so every rule here is a weak signal (<= 1.0).

rule ES_PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"agrégame a snap\", \"hablemos por telegram\")"
  terms {
    $move  = @es_move_phrases
    $app   = any(@chat_platforms, @messaging_apps, @snap, @es_chat_platforms)
    $aware = @awareness
  }
  when   $move then($app, 2)
  unless $aware
  example        "agrégame a snap"
  example        "mejor hablemos por telegram"
  example        "escríbeme al wsp"
  counterexample "agregué las fotos al álbum compartido"
  counterexample "snap estuvo caído toda la mañana"
}

rule ES_PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking for, or sharing, a handle on another app (\"¿tienes snap?\", \"mi snap es ...\")"
  terms {
    $ask    = any(@es_ask_handle, "tienes", "tenés", "tenes")
    $app    = any(@chat_platforms, @messaging_apps, @snap, @es_chat_platforms)
    $handle = @es_handle_shared
    $aware  = @awareness
  }
  when   $ask then($app, 1) | $handle
  unless $aware
  example        "¿tienes snap?"
  example        "cuál es tu insta"
  example        "mi snap es jake_2007, agrégame"
  counterexample "skype va lentísimo hoy"
  counterexample "te mando la dirección por whatsapp"
}

rule ES_PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera (\"hagamos videollamada\", \"prende la cámara\")"
  terms {
    $video = any(@es_video_call, @es_video_call_nouns)
    $aware = @awareness
  }
  when   $video
  unless $aware
  example        "hagamos videollamada"
  example        "prende la cámara para mí"
  counterexample "el video del partido estuvo genial"
  counterexample "mi carrete de fotos está lleno otra vez"
}

rule ES_PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      1.0
  description "A move justified by privacy: disappearing messages, secret chats, nobody watching (Spanish)"
  terms {
    $app     = any(@chat_platforms, @messaging_apps, @snap, @es_chat_platforms, @es_move_phrases, "app", "aplicación", "aplicacion", "chat")
    $private = @es_private_reasons
    $booking = any("salón", "salon", "sala", "mesa", "reserva", "reservamos", "habitación", "habitacion", "fiesta", "clase", "parking", "playa", "restaurante", "piscina", "evento", "banco", "contraseña", "contrasena")
    $aware   = @awareness
  }
  when   $app near($private, 6)
  unless $booking
  unless $aware
  example        "pasemos a telegram, es más privado"
  example        "agrégame a snap, los mensajes se borran y nadie puede ver"
  example        "usa el chat secreto de telegram para que nadie nos lea"
  counterexample "reservamos una sala más privada en el restaurante"
  counterexample "el mago hizo desaparecer la moneda"
}

rule ES_PLATFORM_LEAVE_SITE {
  category    platform_move
  weight      0.8
  description "Talking the reader off the current app or site (\"casi no entro aquí\")"
  terms {
    $off   = @es_off_site
    $aware = @awareness
  }
  when   $off
  unless $aware
  example        "casi no entro aquí, ¿tienes snap?"
  example        "esta app es aburrida, hablemos en otro lado"
  counterexample "esta app se cuelga todo el rato, la voy a reinstalar"
  counterexample "casi no uso facebook ya"
}

"""#),
        (path: "es/publish_threat.rules", text: #"""
# Spanish publish_threat: a threat to publish the material or send it to the victim's circle.
# Uploading holiday photos to Facebook is ordinary life: the strong rules need the material
# "going to" a platform ("esto va a Facebook"), explicit material, an ultimatum, or the victim's
# whole network, school or work as the audience.

rule ES_PUB_GOES_TO_PLATFORM {
  category    publish_threat
  weight      2.5
  description "Material that \"goes to\" a platform or spreads \"all over\" it, or is put on porn sites (Spanish)"
  terms {
    $goes     = @es_goes_to
    $spread   = any(@es_spread, @es_i_publish, @es_publish_verbs)
    $allover  = @es_all_over
    $platform = any(@publish_platforms, @messaging_apps, @snap, @es_platforms, @es_your_profile, @porn_sites, @es_porn_sites)
    $target   = any(@publish_platforms, @messaging_apps, @snap, @es_platforms, @es_your_profile, @es_circle_wide, @es_network_lists, @es_your_institutions)
    $porn     = any(@porn_sites, @es_porn_sites)
    $anyverb  = any(@es_goes_to, @es_spread, @es_i_publish, @es_i_send, @es_publish_verbs, @es_your_media)
    $benign   = @benign_context
    $work     = @es_work_context
    $aware    = @awareness
  }
  when   $goes then($platform, 0) | $spread then($allover then($target, 1), 1) | $anyverb near($porn, 5)
  unless $benign
  unless $work
  unless $aware
  example        "Paga 500 € o esto va a Facebook"
  example        "este video acaba en tu instagram esta noche"
  example        "lo voy a subir por todas tus redes"
  example        "tu video va a estar por todo internet"
  example        "voy a subir tu video a pornhub"
  example        "tus fotos van directo a páginas porno"
  counterexample "las fotos de la boda van a Instagram mañana"
  counterexample "el anuncio sale en Facebook el lunes, revisa el presupuesto"
  counterexample "busqué por todo internet y no encontré nada"
  counterexample "Los estafadores amenazan con subir tus videos a páginas porno. Nunca pagues."
}

rule ES_PUB_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or sending explicit material (\"voy a filtrar tus nudes\", \"les mando tus fotos desnuda\")"
  terms {
    $verb     = any(@es_publish_verbs, @es_i_publish, @es_i_send, @es_everyone_sees)
    $material = any(@es_explicit_material, @explicit_material)
    $art      = any("tarta", "pastel", "torta", "receta", "cuadro", "estatua", "escultura", "museo", "árbol", "arbol", "árboles", "arboles", "torso", "pies")
    $aware    = @awareness
  }
  when   $verb near($material, 5)
  unless $art
  unless $aware
  example        "voy a filtrar tus nudes"
  example        "les mando tus fotos desnuda a todos tus contactos"
  example        "tus fotos íntimas se van a filtrar esta noche"
  example        "todo el mundo va a ver tu video masturbándote"
  counterexample "si alguien amenaza con difundir tus fotos íntimas, no pagues y denúncialo"
  counterexample "¿te mando una foto desnuda? jeje"
  counterexample "subí un video de mi perro a tiktok"
}

rule ES_PUB_TO_NETWORK {
  category    publish_threat
  weight      2.0
  description "A promise to send or post the material to the victim's whole network, school or work (Spanish)"
  terms {
    $threat  = any(@es_i_send, @es_i_publish)
    $network = any(@es_circle_wide, @es_network_lists, @es_network_people)
    $place   = @es_your_institutions
    $benign  = @benign_context
    $work    = @es_work_context
    $aware   = @awareness
  }
  when   $threat then($network, 8) | $threat then($place, 4)
  unless $benign
  unless $work
  unless $aware
  example        "se lo mando a todos tus contactos"
  example        "les voy a enviar el video a todos tus seguidores"
  example        "voy a mandar las fotos a tu colegio y a tus profesores"
  example        "se lo enseño a tu jefe mañana"
  counterexample "les mando la invitación de la fiesta a todos tus amigos"
  counterexample "le mando el horario a tu jefe"
  counterexample "se lo paso a todos los del grupo del cumple"
}

rule ES_PUB_ULTIMATUM {
  category    publish_threat
  weight      2.0
  description "Publishing made the alternative of an ultimatum or the price of a condition (\"o todos lo verán\", \"si no pagas lo subo\")"
  terms {
    $or     = @es_or_audience
    $o      = "o"
    $post   = @es_i_publish
    $cond   = any(@es_publish_conditions, @es_block_conditions)
    $threat = any(@es_i_publish, @es_i_send, @es_everyone_sees, @es_ruin)
    $sino   = any("si no", "sino", "y si no", "de lo contrario")
    $unless = @es_or_threat
    $bad    = @es_bad_outcome
    $mine   = any("lo subo yo", "lo publico yo", "lo comparto yo", "las subo yo", "los subo yo", "las comparto yo")
    $fine   = any("fiesta", "sorpresa", "tarta", "pastel", "regalo", "spoiler", "resultados", "resultado")
    $work   = @es_work_context
    $aware  = @awareness
  }
  when   $or | $o then($post, 0) | $cond then($threat, 8) | $threat then($cond, 6) | $sino then($threat, 0) | $unless then($bad, 4)
  unless $mine
  unless $fine
  unless $work
  unless $aware
  example        "paga o todos lo verán"
  example        "manda el dinero hoy o se hace viral"
  example        "si no pagas, lo subo a internet"
  example        "si me bloqueas se lo mando a toda tu familia"
  example        "contesta o lo publico"
  example        "si no pagas, tu reputación está acabada"
  example        "Si no quieres que tu video se haga viral, deposita 1000 pesos"
  example        "te doy 30 minutos para mandar el dinero, si no, empiezo a enviar el video a tus amigos"
  counterexample "esconde el regalo o todos lo verán antes de la fiesta"
  counterexample "si no te importa, subo las fotos esta noche"
  counterexample "mándamelo por correo o lo subo yo al drive"
  counterexample "si no puedes venir, les mando las fotos de la fiesta luego"
}

rule ES_PUB_RUIN_OR_RELATIVE {
  category    publish_threat
  weight      1.3
  description "Spanish threats to ruin or expose the victim, to show the material to a relative or on their profile, or taunts about who will see it"
  terms {
    $ruin    = @es_ruin
    $see     = @es_everyone_sees
    $media   = any(@es_your_media, @es_explicit_material)
    $want    = @es_want_audience_see
    $send    = any(@es_i_send, @es_i_publish)
    $rel     = any(@es_your_parents, @es_your_siblings, @es_your_partner)
    $profile = @es_your_profile
    $house   = any("casa", "piso", "jardín", "jardin", "cocina", "nueva", "nuevo", "resultados", "primero", "primera")
    $benign  = @benign_context
    $work    = @es_work_context
    $laugh   = @es_laugh
    $aware   = @awareness
  }
  when   $ruin | $see near($media, 4) | $want | $send then($rel, 6) | $send then($profile, 5)
  unless $laugh
  unless $house
  unless $benign
  unless $work
  unless $aware
  example        "te voy a arruinar la vida"
  example        "todos van a ver tus fotos"
  example        "¿quieres que tu familia lo vea?"
  example        "se lo mando a tu novia ahora mismo"
  example        "lo publico en tu muro para que lo vean todos"
  counterexample "no dejes que ese trabajo te arruine la vida"
  counterexample "le mando las fotos de la boda a tu madre mañana"
  counterexample "tus amigos te van a ver en la fiesta"
  counterexample "¿quieres que tu familia vea la casa primero?"
  counterexample "te voy a hacer famoso con este video del karaoke jajaja"
}

"""#),
        (path: "es/recording_claim.rules", text: #"""
# Spanish recording_claim: a claim to hold compromising material, or to have hacked a device to
# get it. "Grabé el partido" and "tengo tus fotos de la boda" are ordinary: the strong rules need
# explicit material, malware, or a recording of "you" / "our video call".

rule ES_REC_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A Spanish claim to hold explicit material of the victim (\"tengo tus nudes\", \"te grabé desnudo\")"
  terms {
    $have     = any(@es_i_have, @es_captured, @es_recorded_first_person, @es_recorded_complete)
    $material = any(@es_explicit_material, @explicit_material)
    $art      = any("tarta", "pastel", "torta", "receta", "cuadro", "estatua", "escultura", "museo", "árbol", "arbol", "árboles", "arboles", "torso", "pies", "que ir", "que estar")
    $aware    = @awareness
  }
  when   $have near($material, 5)
  unless $art
  unless $aware
  example        "tengo tus nudes"
  example        "te grabé desnudo en la videollamada"
  example        "tengo un video tuyo masturbándote, ¿quieres verlo?"
  counterexample "si alguien dice que tiene tus fotos íntimas, no pagues y cuéntaselo a un adulto"
  counterexample "guardé la receta de la tarta desnuda"
}

rule ES_REC_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A Spanish first-person claim to have recorded the victim or the video call"
  terms {
    $rec    = @es_recorded_first_person
    $object = any(@es_recorded_objects, @es_video_call_nouns, @es_your_media)
    $claim  = @es_recorded_complete
    $benign = any(@benign_context, "cantando", "bailando", "gol", "discurso", "clase", "reunión", "reunion", "el partido", "la serie", "el capítulo", "el capitulo", "para ti", "para después", "para despues", "para luego", "el concierto", "la obra")
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $rec then($object, 2) | $claim
  unless $benign
  unless $laugh
  unless $aware
  example        "grabé nuestra videollamada"
  example        "te grabé todo el rato"
  example        "quedó todo grabado, lo tengo todo"
  counterexample "grabé el partido para ti, míralo luego"
  counterexample "te grabé cantando en la boda jajaja"
  counterexample "grabé todo el concierto"
}

rule ES_REC_HAVE_MEDIA_OR_PROOF {
  category    recording_claim
  weight      1.0
  description "A Spanish claim to hold the victim's pictures or video, or proof offered (\"mira lo que tengo\")"
  terms {
    $have   = @es_i_have
    $media  = @es_your_media
    $proof  = @es_look_proof
    $cute   = any("en la foto", "de pequeño", "de pequeno", "de pequeña", "de pequena", "de chico", "de chica", "de niño", "de nino", "de niña", "de nina", "de bebé", "de bebe", "cuando eras", "qué mono", "que mono", "qué mona", "que mona", "qué lindo", "que lindo", "qué linda", "que linda", "qué guapo", "que guapo", "qué guapa", "que guapa")
    $benign = @benign_context
    $laugh  = @es_laugh
    $aware  = @awareness
  }
  when   $have then($media, 2) | $proof
  unless $cute
  unless $benign
  unless $laugh
  unless $aware
  example        "tengo tu video"
  example        "guardé todas las fotos que me mandaste"
  example        "mira lo que tengo"
  example        "¿te reconoces? aquí tienes la prueba"
  counterexample "tengo tus fotos de la boda en el portátil"
  counterexample "¿esta eres tú de pequeña? qué mona"
  counterexample "te mando las fotos que me pediste"
}

rule ES_REC_MALWARE {
  category    recording_claim
  weight      2.5
  description "The email variant in Spanish: malware or a hacked webcam used to record the victim"
  terms {
    $malware = any(@malware, @es_malware)
    $device  = any(@es_your_devices, @your_devices)
    $me      = @es_hack_verbs
    $fix     = any("antivirus", "para protegerte", "lo arreglé", "lo arregle", "limpié", "limpie", "quité el", "quite el", "eliminé el", "elimine el", "actualicé", "actualice", "formateé", "formatee")
    $aware   = @awareness
  }
  when   $malware near($device, 8) & $me
  unless $fix
  unless $aware
  example        "instalé un malware en tu computadora y encendí tu webcam"
  example        "infecté tu dispositivo con un troyano, mi software te grabó"
  example        "hackeé tu celular con un programa espía"
  counterexample "¿tu portátil tiene antivirus? hay un virus circulando"
  counterexample "instalé el driver de la impresora en tu ordenador"
  counterexample "instalé un antivirus en tu ordenador y eliminé el virus"
}

rule ES_REC_DEVICE_ACCESS {
  category    recording_claim
  weight      1.3
  description "Claimed control of the victim's camera, device or accounts, or an old password quoted as proof (Spanish)"
  terms {
    $hack    = @es_hack_verbs
    $device  = any(@es_your_devices, @your_devices)
    $passive = @es_passive_hack
    $pw      = @es_password_proof
    $ok      = any("para ti", "arreglé", "arregle", "actualicé", "actualice", "configuré", "configure", "ajustes", "configuración", "configuracion", "actualización", "actualizacion", "wifi", "router", "netflix", "la impresora", "débil", "debil", "caducado", "cámbiala", "cambiala", "restablecer", "formateé", "formatee", "cargador", "la luz", "la calefacción", "la calefaccion", "escrita", "apuntada")
    $aware   = @awareness
  }
  when   $hack then($device, 2) | $device then($passive, 1) | $pw
  unless $ok
  unless $aware
  example        "encendí tu cámara mientras mirabas"
  example        "tengo el control de tu celular y de tus cuentas"
  example        "tu webcam fue hackeada"
  example        "tu contraseña es hola123. sí, la sé"
  counterexample "actualicé los ajustes de tu portátil"
  counterexample "la contraseña del wifi está detrás del router"
  counterexample "se me olvidó la contraseña otra vez"
}

"""#),
        (path: "fr/deadline.rules", text: #"""
# deadline (French): time pressure. Deadlines are everywhere in ordinary life (livraisons, retours,
# dossiers à rendre), so a bare time limit weighs 0.7; only a limit tied to a consequence, a
# countdown or a final warning weighs more.

rule FR_DEADLINE_YOU_HAVE_DURATION {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"tu as 24 heures\", \"je te laisse 2h\", \"d'ici 1h\")"
  terms {
    $opener = any(@fr_you_have, @fr_deadline_openers)
    $time   = entity(duration)
    $until  = any("jusqu'à ce soir", "jusqu'a ce soir", "jusqu'à minuit", "jusqu'a minuit", "jusqu'à demain", "jusqu'a demain", "jusqu'à midi", "jusqu'à la fin de la journée")
    $left   = @fr_time_left
    $daily  = @fr_everyday_deadlines
    $aware  = @awareness
  }
  when   $opener then($time, 2) | $opener then($until, 1) | $time then($left, 0)
  unless $daily
  unless $aware
  example        "Tu as 24 heures."
  example        "je te laisse 2h pour réfléchir"
  example        "Vous avez 48 heures pour payer"
  example        "30 minutes max"
  example        "je te laisse jusqu'à ce soir pour payer"
  counterexample "le train met 2 heures d'ici"
  counterexample "on a attendu 45 minutes le bus"
  counterexample "tu as 14 jours pour retourner le colis"
}

rule FR_DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"48h ou tout le monde voit\", \"avant minuit sinon je publie\")"
  terms {
    $time   = any(entity(duration), @fr_by_time, "demain")
    $threat = any(@fr_or_else, @fr_threat_publish, @fr_everyone_sees, @fr_going_over, @fr_ruined)
    $daily  = @fr_everyday_deadlines
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $time near($threat, 6)
  unless $daily
  unless $benign
  unless $aware
  example        "tu as 48h sinon tout le monde verra la vidéo"
  example        "Avant minuit, sinon je publie"
  example        "2 heures ou ta famille reçoit tout"
  counterexample "tu as 48 heures pour retourner l'article et être remboursé"
  counterexample "le rapport est à rendre dans 2 jours, oublie pas l'annexe"
}

rule FR_DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt (\"tic tac\", \"le temps presse\")"
  terms {
    $tick  = @fr_countdown
    $fun   = any(@fr_everyday_deadlines, "nouvel an", "noël", "noel", "réveillon", "reveillon", "vacances", "mariage", "concert", "bac", "la rentrée", "la rentree", "l'horloge du salon", "jeu", "quiz", "le four", "la minuterie", "cuisine")
    $aware = @awareness
  }
  when   $tick
  unless $fun
  unless $aware
  example        "tic tac"
  example        "Le temps presse. Chaque minute qui passe c'est pire pour toi."
  example        "le compte à rebours a commencé, tu perds du temps"
  counterexample "le compte à rebours pour le nouvel an a commencé !"
  counterexample "tic tac fait l'horloge du salon, impossible de dormir"
}

rule FR_DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance (\"dernier avertissement\", \"je le répéterai pas\")"
  terms {
    $final = @fr_final_warning
    $shop  = any(@fr_everyday_deadlines, "soldes", "promo", "promos", "billets", "places", "inscription", "inscriptions", "offre", "réduction", "reduction", "code promo", "réserver", "reserver", "vente", "candidature", "mdr", "lol")
    $aware = @awareness
  }
  when   $final
  unless $shop
  unless $aware
  example        "dernier avertissement"
  example        "C'est ta dernière chance. Je le répéterai pas"
  example        "me fais pas perdre mon temps, ultime avertissement"
  counterexample "dernière chance pour les billets de samedi !"
  counterexample "dernière chance de s'inscrire au tournoi, promo -20%"
}

rule FR_DEADLINE_NOW_OR {
  category    deadline
  weight      1.0
  description "An ultimatum hinged on now (\"maintenant sinon je publie\", \"ce soir ou tout le monde voit\")"
  terms {
    $now    = @fr_by_time
    $orelse = @fr_or_else
    $sinon  = any("sinon", "snn", "sinn", "ou", "autrement")
    $threat = any(@fr_threat_publish, @fr_threat_send, @fr_everyone_sees, @fr_ruined, @fr_block_consequence)
    $daily  = @fr_everyday_deadlines
    $aware  = @awareness
  }
  when   $now then($orelse, 2) | $now then($sinon then($threat, 1), 2)
  unless $daily
  unless $aware
  example        "paie maintenant sinon je balance"
  example        "ce soir ou tout le monde voit ta vidéo"
  example        "envoie tout de suite ou ça part"
  counterexample "maintenant ou jamais, on réserve les billets"
  counterexample "je peux ce soir ou demain, comme tu veux"
}

"""#),
        (path: "fr/friends_listing.rules", text: #"""
# friends_listing (French): proof of reach into the victim's network.
# A pasted list of names needs a name-list entity the language does not have; these rules cover
# the claims ("j'ai fait des captures de tous tes abonnés") and the "ta mère X, ta sœur Y" shape.

rule FR_FRIENDS_SCREENSHOT_LIST {
  category    friends_listing
  weight      2.0
  description "Screenshots or a saved copy of the victim's followers, friends list or contacts"
  terms {
    $screens = any("capture", "captures", "capture d'écran", "captures d'écran", "capture d'ecran", "captures d'ecran", "j'ai screen", "jai screen", "j'ai screené", "j'ai screene", "j'ai screenshot", "j'ai capturé", "j'ai capture", "des screens", "les screens", @screenshots)
    $copied  = any("j'ai sauvegardé", "j'ai sauvegarde", "jai sauvegardé", "j'ai copié", "j'ai copie", "j'ai téléchargé", "j'ai telecharge", "j'ai noté", "j'ai note", "j'ai une copie de", "j'ai enregistré", "j'ai enregistre")
    $network = @fr_network
    $benign  = any(@benign_context, "place", "places", "une place", "numéro", "numero", "billet", "billets")
    $aware   = @awareness
  }
  when   $screens then($network, 3) | $copied then($network, 3)
  unless $benign
  unless $aware
  example        "j'ai fait des captures de tous tes abonnés"
  example        "J'ai screen ta liste d'amis et tous tes contacts"
  example        "j'ai sauvegardé toute ta liste de contacts"
  counterexample "j'ai fait une capture de la photo du mariage pour toute ta famille"
  counterexample "j'ai sauvegardé une place pour tous tes potes au premier rang"
}

rule FR_FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A claim to hold, or a presentation of, the victim's follower, friend or contact list"
  terms {
    $have    = any(@fr_have_first, "j'ai accès à", "j'ai acces a", "jai accès à", "j'ai tous", "jai tous", "j'ai la liste de", "jai la liste de", "j'ai toute", "jai toute")
    $here    = any("voici", "voilà", "voila", "la liste de", "je connais")
    $network = @fr_network
    $benign  = any(@benign_context, "de la fac", "de la promo", "du club", "sur mon ancien", "sur ton ancien", "invité", "invite", "invités", "adoré", "ont aimé", "au bar", "à la soirée", "a la soiree", "ils vont bien")
    $aware   = @awareness
  }
  when   $have then($network, 0) | $here then($network, 1)
  unless $benign
  unless $aware
  example        "j'ai tous tes contacts"
  example        "J'ai accès à tes abonnés, un par un"
  example        "voici tous tes amis : Lucas, Emma, Hugo et Chloé"
  counterexample "t'as encore mes contacts sur ton ancien tel ?"
  counterexample "j'ai invité tous tes potes à la soirée"
  counterexample "tes abonnés vont adorer ça"
}

rule FR_FRIENDS_FOUND_CIRCLE {
  category    friends_listing
  weight      1.2
  description "A claim to have found or identified the victim's family and friends"
  terms {
    $found  = any("j'ai trouvé", "j'ai trouve", "jai trouvé", "jai trouve", "j'ai retrouvé", "j'ai retrouve", "jai retrouvé", "j'ai identifié", "j'ai identifie", "je sais qui est", "je sais qui sont", "je sais exactement qui", "je sais qui", "j'ai repéré", "j'ai repere", "je connais le nom de", "je connais les noms de")
    $circle = any(@fr_network, @fr_parents, @fr_siblings, @fr_partner_friends, @fr_institutions)
    $number = any("j'ai le numéro de", "jai le numéro de", "j'ai le numero de", "jai le numero de", "j'ai le num de", "jai le num de", "celui de", "j'ai l'adresse de", "j'ai l'insta de", "j'ai le snap de", "j'ai le facebook de", "j'ai les numéros de", "j'ai les numeros de")
    $ok     = any("covoit", "covoiturage", "urgence", "au cas où", "au cas ou", "sortie", "anniv", "anniversaire", "cadeau", "fête", "fete", "réunion", "reunion", "rappelle", "appelle le")
    $where  = any("au bar", "à la soirée", "a la soiree", "dehors", "au parking", "en bas", "à la gare", "a la gare", "ils vont bien", "elle va bien", "il va bien", "à la porte", "au marché", "au supermarché", "au resto", "à la piscine", "sympa", "super", "adorable", "gentil", "gentille", "géniale", "genial", "repas")
    $aware  = @awareness
  }
  when   $found then($circle, 3) | $number then($circle, 1)
  unless $where
  unless $ok
  unless $aware
  example        "j'ai trouvé ta famille sur Facebook"
  example        "je sais qui sont tes amis"
  example        "Je sais exactement qui sont ta mère et ta sœur"
  counterexample "j'ai retrouvé tes potes au bar, ils vont bien"
  example        "j'ai ton numéro, celui de ta mère et de ton père"
  counterexample "je connais ton frère du foot"
  counterexample "j'ai le numéro de ta mère pour le covoit de samedi"
}

rule FR_FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A roll-call of the victim's parents, siblings and friends in one message"
  terms {
    $parent  = @fr_parents
    $sibling = @fr_siblings
    $friend  = any(@fr_partner_friends, @fr_institutions)
    $polite  = any("bonjour à", "bonjour a", "passe le bonjour", "dis bonjour", "salue", "bisous à", "bisous a", "embrasse", "merci à", "merci a", "viennent", "venir", "arrivent", "invite", "invités", "dîner", "diner", "à table", "repas")
    $aware   = @awareness
  }
  when   $parent & $sibling & $friend
  unless $polite
  unless $aware
  example        "ta mère Sophie, ta sœur Léa et ton meilleur pote Lucas"
  example        "Ton père s'appelle Marc, ton frère Ryan, ta copine Inès"
  counterexample "passe le bonjour à ta mère, ta sœur et ton pote Julien"
  counterexample "ta mère et ta sœur arrivent à 18h"
}

"""#),
        (path: "fr/grooming.rules", text: #"""
# grooming (French): secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule FR_GROOMING_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it"
  terms {
    $secret = @fr_secrecy
    $happy  = any("surprise", "anniv", "anniversaire", "cadeau", "enceinte", "fiançailles", "fiancailles", "fiancés", "mariage", "bébé", "bebe", "promotion", "nouveau job", "demande en mariage", "recette")
    $aware  = @awareness
  }
  when   $secret
  unless $happy
  unless $aware
  example        "c'est notre petit secret"
  example        "ne le dis à personne pour nous ok ?"
  example        "supprime notre conversation après"
  counterexample "le dis à personne mais on est fiancés !!"
  counterexample "garde ça pour toi, c'est la surprise pour l'anniv de Julie"
}

rule FR_GROOMING_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, family or the police out of it"
  terms {
    $dont    = @fr_dont_tell
    $parents = any(@fr_parents, @fr_siblings, @fr_institutions, @fr_police, @the_police, "personne", "tes potes", "tes amis")
    $explain = @fr_parents_dont_know
    $happy   = any("surprise", "anniv", "anniversaire", "cadeau", "fête des mères", "fete des meres", "fête des pères", "fete des peres", "noël", "noel")
    $aware   = @awareness
  }
  when   $dont then($parents, 2) | $explain
  unless $happy
  unless $aware
  example        "ne dis rien à tes parents sur moi"
  example        "Tes parents comprendraient pas. faut pas que ta mère sache"
  example        "n'en parle pas à la police ni à personne"
  counterexample "dis rien à ta mère pour la surprise de samedi"
  counterexample "préviens tes parents que tu rentres tard"
}

rule FR_GROOMING_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved"
  terms {
    $alone = @fr_alone_checks
    $chore = any("colis", "livraison", "à la porte", "a la porte", "devant la porte", "clés", "cles", "dîner", "diner", "manger", "aider", "aide", "plombier", "le chien", "sonnette", "passer", "je passe", "covoit", "ramener", "cinéma", "cine", "resto", "ce week-end", "ce weekend")
    $aware = @awareness
  }
  when   $alone
  unless $chore
  unless $aware
  example        "t'es seule ?"
  example        "y a quelqu'un avec toi là"
  example        "tes parents dorment ? ferme ta porte à clé"
  counterexample "t'es seul ce soir ? je passe te déposer les clés"
  counterexample "y a quelqu'un avec toi ? je suis devant la porte avec ton colis"
}

rule FR_GROOMING_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or school year"
  terms {
    $age   = @fr_age_questions
    $ok    = any("voiture", "chien", "chat", "maison", "bébé", "bebe", "fils", "fille", "ton frère", "ta sœur", "ta soeur", "anniv", "anniversaire", "gâteau", "gateau", "bougies", "petit", "petite", "neveu", "nièce", "niece", "inscription", "inscrire", "ta cousine", "ton cousin")
    $aware = @awareness
  }
  when   $age
  unless $ok
  unless $aware
  example        "t'as quel âge ?"
  example        "asv"
  example        "tu vas dans quel lycée"
  counterexample "il a quel âge ton chien ?"
  counterexample "tu as quel âge pour ton anniv cette année ? fête ?"
}

rule FR_GROOMING_FLATTERY_DEVICE {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart, or probing who else can see the reader's device"
  terms {
    $flatter = @fr_mature_flattery
    $device  = @fr_shared_device
    $ok      = any("bibliothèque", "bibliotheque", "cdi", "en panne", "cassé", "casse", "réparer", "reparer", "vaisselle")
    $aware   = @awareness
  }
  when   $flatter | $device
  unless $ok
  unless $aware
  example        "t'es tellement mature pour ton âge"
  example        "l'âge c'est qu'un chiffre, je suis pas comme les autres"
  example        "tes parents regardent ton téléphone ?"
  counterexample "il a tellement mûri depuis la fac"
  counterexample "l'ordi partagé du CDI est encore en panne"
}

"""#),
        (path: "fr/image_request.rules", text: #"""
# image_request (French): asking for intimate images or acts, often traded.
# "Envoie-moi une photo du menu" is ordinary: the generic request weighs 0.5 and stands down when
# the picture is of something everyday; explicit requests weigh more but alone stay below medium,
# because flirting between adults is not extortion.

rule FR_IMAGE_SEND_PIC {
  category    image_request
  weight      0.5
  description "A request for a picture or video of the reader"
  terms {
    $ask      = any(@fr_pic_requests, @fr_send_me)
    $pic      = any(@fr_pic_words, @pic_words, @snap)
    $everyday = any(@fr_benign_subjects, @benign_context)
    $explicit = any(@fr_explicit_requests, @fr_cam_acts)
    $mine     = @fr_i_send_you
    $aware    = @awareness
  }
  when   $ask then($pic, 2) & not $mine then($pic, 2)
  unless $everyday
  unless $explicit
  unless $aware
  example        "envoie moi une photo"
  example        "montre moi une photo de toi"
  example        "je peux voir un selfie ?"
  counterexample "envoie moi une photo du menu"
  counterexample "ma mère veut les photos du mariage"
  counterexample "envoie moi une photo du ticket de caisse stp"
  counterexample "je t'envoie une photo dès que j'arrive"
}

rule FR_IMAGE_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A request for nudes or explicit images"
  terms {
    $ask   = @fr_explicit_requests
    $shop  = any("vêtements d'occasion", "soldes", "vinted", "taille", "lessive", "machine", "piscine", "plage", "bébé", "bebe")
    $aware = @awareness
  }
  when   $ask
  unless $shop
  unless $aware
  example        "envoie des nudes"
  example        "montre moi ton corps"
  example        "t'as des nudes ? envoie une photo sans vêtements"
  counterexample "N'envoie jamais de nudes à un inconnu ; si on te le demande, parles-en à un adulte de confiance"
  counterexample "t'étais magnifique dans cette robe hier soir"
}

rule FR_IMAGE_ACT_ON_CAM {
  category    image_request
  weight      1.4
  description "A request to undress or perform sexual acts on camera"
  terms {
    $act      = @fr_cam_acts
    $explicit = @fr_explicit_requests
    $ok       = any("manteau", "chaussures", "veste", "blouson", "casque", "bouillant", "médecin", "medecin", "docteur", "infirmière", "infirmiere", "radio", "piscine", "douche", "bain", "docteur")
    $aware    = @awareness
  }
  when   $act
  unless $explicit
  unless $ok
  unless $aware
  example        "enlève ton haut"
  example        "maintenant touche-toi pour moi"
  example        "baisse la caméra et fais le devant la cam"
  counterexample "enlève ton manteau et reste un peu"
  counterexample "enlève tes chaussures avant d'entrer"
}

rule FR_IMAGE_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"je te montre si tu me montres\", \"à ton tour\")"
  terms {
    $trade    = @fr_trade
    $explicit = any(@fr_explicit_requests, @fr_cam_acts)
    $toys     = any("vélo", "velo", "voiture", "dessin", "devoirs", "cartes", "carte", "jardin", "chambre", "tenue", "déguisement", "gâteau", "gateau", "ongles", "cheveux", "tatouage", "film", "jouer", "joue", "choisir", "choisis", "dés", "des dés", "partie", "manette", "recette", "vaisselle", "conduire")
    $aware    = @awareness
  }
  when   $trade
  unless $explicit
  unless $toys
  unless $aware
  example        "je te montre si tu me montres"
  example        "je t'ai envoyé la mienne, à toi maintenant"
  example        "photo contre photo ?"
  counterexample "je t'ai montré mon nouveau vélo, à ton tour"
  counterexample "à ton tour de choisir le film"
}

rule FR_IMAGE_FACE_OR_MORE {
  category    image_request
  weight      0.9
  description "Asking for the face in the picture, or pressing for more with reassurance"
  terms {
    $face     = @fr_face_more
    $explicit = any(@fr_explicit_requests, @fr_cam_acts)
    $everyday = any(@fr_benign_subjects, @benign_context, "passeport", "carte d'identité", "carte d'identite", "permis", "banque", "photo de profil", "gâteau", "gateau", "part", "verre", "tournée", "épisode", "episode", "chapitre", "chanson", "partie", "essai")
    $aware    = @awareness
  }
  when   $face
  unless $explicit
  unless $everyday
  unless $aware
  example        "avec ton visage cette fois"
  example        "encore une photo, personne ne la verra"
  example        "sois pas timide, c'est juste pour moi"
  counterexample "encore une part de gâteau ?"
  counterexample "juste une autre partie et on dort"
}

"""#),
        (path: "fr/intimidation.rules", text: #"""
# intimidation (French): credibility props and fear. Threat idioms ("ta mère va te tuer") are common
# in banter, so harm and jail threats alone stay below medium.

rule FR_INTIMIDATION_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help the reader"
  terms {
    $police = any(@fr_police, @old_police, @the_police)
    $futile = @fr_police_futility
    $petty  = any("vélo", "velo", "bruit", "voisins", "voisin", "voiture", "stationnement", "cambriolage", "cambriolé", "cambriole", "volé", "vole", "vol", "cave", "scooter", "trottinette", "trottinettes", "mal garé", "mal garées", "portable volé", "tag", "tags")
    $aware  = @awareness
  }
  when   $police near($futile, 4)
  unless $petty
  unless $aware
  example        "les flics me trouveront jamais"
  example        "va voir la police, ils pourront rien faire"
  example        "La police ne peut rien, je ne suis pas dans ton pays"
  counterexample "la police peut rien faire pour le bruit des voisins"
  counterexample "la police a été top, ils ont retrouvé mon vélo"
}

rule FR_INTIMIDATION_UNTRACEABLE {
  category    intimidation
  weight      1.4
  description "Claims to be out of reach (\"je ne suis pas dans ton pays\", \"tu me retrouveras jamais\")"
  terms {
    $away  = @fr_untraceable
    $ok    = any("clés", "cles", "lunettes", "portable", "chargeur", "chaussette", "télécommande", "telecommande", "cache-cache", "mdr", "ptdr", "lol", "haha")
    $aware = @awareness
  }
  when   $away
  unless $ok
  unless $aware
  example        "je ne suis pas dans ton pays"
  example        "tu peux pas me tracer, c'est un faux compte"
  example        "tu me retrouveras jamais"
  counterexample "je suis pas en France la semaine prochaine, je rentre le 12"
  counterexample "je retrouve plus mes clés nulle part"
  counterexample "à cache-cache tu me retrouveras jamais mdr"
}

rule FR_INTIMIDATION_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring or going to the police punished with exposure"
  terms {
    $block = @fr_block_conditions
    $then  = any(@fr_block_consequence, @fr_threat_publish, @fr_threat_send, @fr_everyone_sees, @fr_network, @fr_parents, @fr_going_over, @fr_ruined)
    $joke  = any("mdr", "ptdr", "lol", "haha", "je rigole", "c'était pour rire", "rappel", "relance")
    $benign = @benign_context
    $aware = @awareness
  }
  when   $block near($then, 8)
  unless $joke
  unless $benign
  unless $aware
  example        "me bloque pas sinon je publie tout"
  example        "si tu m'ignores tout le monde verra"
  example        "Bloque-moi et ça part direct à tous tes contacts"
  counterexample "me bloque pas mdr je rigolais"
  counterexample "si tu réponds pas je t'envoie un rappel demain"
}

rule FR_INTIMIDATION_ACCUSE_OR_JAIL {
  category    intimidation
  weight      1.5
  description "Threats to brand the reader a paedophile, of prison, or an offender posing as a minor"
  terms {
    $accuse = @fr_accusers
    $label  = @fr_accusation_labels
    $jail   = @fr_jail
    $minor  = @fr_underage
    $news   = any("journal", "infos", "reportage", "documentaire", "article", "arrêté", "arrete", "condamné", "condamne", "procès", "proces", "film", "série", "serie", "stationnement", "excès de vitesse", "exces de vitesse", "monopoly", "mdr", "ptdr", "lol", "haha", "quand j'avais", "depuis que", "ma petite sœur", "ma petite soeur", "mon petit frère")
    $aware  = @awareness
  }
  when   $accuse near($label, 4) | $jail | $minor
  unless $news
  unless $aware
  example        "je vais te dénoncer à la police comme pédophile"
  example        "tu vas aller en prison pour ça"
  example        "j'ai 15 ans, t'as envoyé des photos à une mineure"
  counterexample "ils ont arrêté un pédophile à Lille, c'était aux infos"
  counterexample "tu vas aller en prison pour ce stationnement mdr"
  counterexample "j'avais que 15 ans quand je l'ai rencontrée"
}

rule FR_INTIMIDATION_HARM_OR_TRAP {
  category    intimidation
  weight      1.2
  description "Threats of harm, knowledge of where the reader lives, or removing the reader's options"
  terms {
    $harm  = any(@fr_harm, @fr_know_where, @fr_no_escape)
    $joke  = any("mdr", "ptdr", "lol", "haha", "xd", "ta mère va", "ta mere va", "ton père va", "ton pere va", "si t'es en retard", "si tu es en retard", "si tu manges", "gâteau", "gateau", "film", "série", "serie", "clés", "cles", "colis", "passer", "je passe", "dîner", "diner", "fête", "fete", "match", "exam", "examen", "contrôle", "controle", "bac", "partiel", "entretien", "concours")
    $aware = @awareness
  }
  when   $harm
  unless $joke
  unless $aware
  example        "je sais où tu habites"
  example        "tu vas le regretter. t'as pas le choix"
  example        "fais ce que je dis, c'est pas un jeu"
  counterexample "ta mère va te tuer si t'es en retard"
  counterexample "je sais où tu habites, je passe déposer les clés ce soir"
  counterexample "t'as pas le choix, faut que tu goûtes ce gâteau"
}

"""#),
        (path: "fr/payment_demand.rules", text: #"""
# payment_demand (French): a demand for money, with an amount or a payment rail.
# Friends settle up in French chat all the time ("envoie-moi 15 € sur Lydia pour la pizza"), so the
# plain imperative with an amount weighs 1.0 and stands down on everyday reasons; an amount tied to
# a threat ("500 € ou ça part sur Facebook") or a first-person demand ("je veux 500 €") weighs more.

rule FR_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"paie 500 € ou ça part sur Facebook\")"
  terms {
    $pay    = any(@fr_pay_commands, @fr_send_me, @fr_want)
    $money  = any(entity(money), @fr_spelled_amounts)
    $num    = entity(number)
    $unit   = @fr_money_units
    $orelse = any(@fr_or_else, @fr_publish_conditions)
    $sinon  = any("sinon", "snn", "sinn", "ou", "autrement")
    $threat = any(@fr_threat_publish, @fr_threat_send, @fr_everyone_sees, @fr_ruined, @fr_block_consequence)
    $mine   = @fr_i_send_you
    $owed   = @refund_context
    $aware  = @awareness
  }
  when   ($pay near($money, 3) | $pay near($num then($unit, 0), 3)) & ($money near($orelse, 5) | $unit near($orelse, 5) | $money near($sinon then($threat, 1), 5))
         & not $mine near($money, 3)
  unless $owed
  unless $aware
  example        "paie 500 € ou ça part sur Facebook"
  example        "Envoie moi 300€ sinon je balance la vidéo"
  example        "tu payes 200 balles ou tes parents reçoivent tout"
  example        "Vous devez payer 1000 euros, sans quoi la vidéo sera publiée"
  example        "vire 500 euros ou j'envoie tout à ta famille"
  example        "envoi 500 euro sinon jenvoi la video a ta famille"
  counterexample "rembourse moi les 20 € sinon je te fais plus de crêpes mdr"
  counterexample "paie 10 € ou 12 € selon la formule, c'est toi qui vois"
  counterexample "Les escrocs disent : paie 500 € ou ça part sur Facebook. Ne payez jamais."
  counterexample "envoie moi 15 € pour la pizza sinon je suis à découvert"
  counterexample "je t'envoie 10 € sinon je t'invite au resto"
}

rule FR_PAY_WANT_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A first-person demand for an amount (\"je veux 500 €\", \"j'exige 300 euros\")"
  terms {
    $want  = @fr_want
    $money = any(entity(money), @fr_spelled_amounts)
    $num   = entity(number)
    $unit  = @fr_money_units
    $ctx   = any(@refund_context, @benign_context)
    $aware = @awareness
  }
  when   $want then($money, 3) | $want then($num then($unit, 0), 3)
  unless $ctx
  unless $aware
  example        "Je veux 500 €."
  example        "j'exige 300 euros maintenant"
  example        "jveux 200 balles ce soir"
  example        "J'attends cinq cents euros"
  counterexample "il me faut 20 € pour le train demain"
  counterexample "je veux 2 places pour samedi"
  counterexample "je veux mes 5 € que tu me dois"
}

rule FR_PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "An imperative to pay or send an amount with no everyday reason nearby, or haggling over what the victim can pay"
  terms {
    $pay   = any(@fr_pay_commands, @fr_send_me)
    $haggle = @fr_haggle
    $whatever = any("envoie ce que t'as", "envoie ce que tu as", "envoie tout ce que t'as", "paie ce que tu peux", "envoie ce que tu peux")
    $mine   = @fr_i_send_you
    $things = any("canapé", "canape", "vélo", "velo", "voiture", "leboncoin", "vinted", "appart", "loyer", "baskets", "console", "téléphone", "ordi", "billet", "billets", "places")
    $money = any(entity(money), @fr_spelled_amounts)
    $num   = entity(number)
    $unit  = @fr_money_units
    $ctx   = any(@refund_context, @benign_context)
    $aware = @awareness
  }
  when   ($pay then($money, 2) | $pay then($num then($unit, 0), 2)) & not $mine then($money, 3) | $haggle | $whatever near($money, 4)
  unless $ctx
  unless $things
  unless $aware
  example        "envoie moi 200 € maintenant"
  example        "Payez 300 euros aujourd'hui."
  example        "vire 1k sur ce compte"
  example        "aboule 500 balles"
  counterexample "tu peux me rembourser les 5 € demain ?"
  counterexample "envoie moi 15 € pour la pizza de hier soir"
  example        "ok 200 alors, c'est ma dernière offre"
  example        "combien t'as sur ton compte ? envoie ce que t'as, même 50 €"
  counterexample "j'ai payé 40 € d'essence, envoie moi la moitié"
  counterexample "150 € pour le canapé, c'est mon dernier prix"
  counterexample "je t'envoie 30 € demain matin"
}

rule FR_PAY_RAIL_OR_CODE {
  category    payment_demand
  weight      1.3
  description "Prepaid coupons, gift cards, crypto or cash transfer asked for with the code, address or details"
  terms {
    $rail   = any(@fr_rails, @gift_cards, @crypto, @wire_services)
    $detail = @fr_pay_details
    $happy  = any(@benign_context, "cadeau", "noël", "noel", "mamie", "merci", "tombola", "concours", "gagné", "gagne", "au bureau")
    $owed   = @refund_context
    $aware  = @awareness
  }
  when   $rail near($detail, 6)
  unless $happy
  unless $owed
  unless $aware
  example        "achète des coupons PCS de 100 € et envoie moi les codes"
  example        "paiement en bitcoin uniquement, copie colle l'adresse du portefeuille"
  example        "Prends une carte Google Play, gratte et envoie une photo du ticket"
  example        "passe par western union et donne moi le numéro MTCN"
  counterexample "j'ai eu une carte steam pour mon anniversaire, le code marche nickel"
  counterexample "la carte cadeau amazon est encore dans le tiroir de la cuisine ?"
  counterexample "Les arnaqueurs demandent des codes de coupons PCS. Ne payez jamais."
}

rule FR_PAY_OR_ELSE_NO_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A payment demand without an amount, hinged on a threat, or paired with a promise to delete"
  terms {
    $pay    = any(@fr_pay_commands, "envoie l'argent", "envoie la thune", "envoie le fric", "envoie les sous", "envoie l'oseille", "tu paies", "tu payes", "vous payez", "paiement")
    $orelse = any(@fr_or_else, "ou tu le regretteras", "ou tu vas le regretter")
    $sinon  = any("sinon", "snn", "sinn", "ou", "autrement")
    $threat = any(@fr_threat_publish, @fr_threat_send, @fr_everyone_sees, @fr_ruined, @fr_block_consequence)
    $delete = @fr_delete_promise
    $paid   = any("paie", "paye", "payes", "paies", "payez", "paiement", "l'argent", "argent", "virement", "tu paies", "tu payes", "vous payez", "dès réception", "des reception", "une fois", "quand tu", "après", "apres", entity(money))
    $owed   = @refund_context
    $ok     = any("appli", "application", "brouillon", "doublons", "floues", "flous", "fichier", "mail", "spam", "vieilles photos")
    $aware  = @awareness
  }
  when   $pay then($orelse, 3) | $pay then($sinon then($threat, 1), 3) | $delete near($paid, 6)
  unless $owed
  unless $ok
  unless $aware
  example        "Paie ou je publie tout"
  example        "envoie l'argent sinon tout le monde verra ta vidéo"
  example        "dès réception du paiement je supprime tout"
  example        "tu paies et j'efface la vidéo, promis"
  counterexample "paie l'amende sinon elle augmente la semaine prochaine"
  counterexample "je supprime les photos floues après, une fois que t'as choisi"
  counterexample "rembourse moi ou sinon plus de covoit lol"
}

"""#),
        (path: "fr/platform_move.rules", text: #"""
# platform_move (French): moving the chat to a less moderated app or to live video.
# Friends swap handles and call each other on video all the time, so every rule here is a weak
# signal (at most 1.0) and the ordinary forms stay low even when two of them meet in one message.

rule FR_PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"ajoute-moi sur Snap\")"
  terms {
    $move  = @fr_move_phrases
    $app   = any(@chat_platforms, @messaging_apps, @snap)
    $aware = @awareness
  }
  when   $move then($app, 2)
  unless $aware
  example        "ajoute moi sur snap"
  example        "on passe sur telegram ?"
  example        "écris-moi sur whatsapp bb"
  counterexample "j'ai ajouté les photos à l'album partagé"
  counterexample "snap a planté toute la matinée"
}

rule FR_PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking whether the reader has, or what their handle is on, another app; or sharing one's own"
  terms {
    $ask    = any(@fr_ask_handle, @fr_you_have)
    $app    = any(@chat_platforms, @messaging_apps, @snap, "ton pseudo", "pseudo snap", "ton id skype")
    $mine   = @fr_handle_shared
    $aware  = @awareness
  }
  when   $ask then($app, 1) | $mine
  unless $aware
  example        "t'as snap ?"
  example        "c'est quoi ton insta"
  example        "mon snap c'est lucas_2008, ajoute"
  counterexample "skype rame trop aujourd'hui"
  counterexample "je t'envoie l'adresse sur whatsapp"
}

rule FR_PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera"
  terms {
    $video = @fr_video_call
    $work  = any(@fr_everyday_deadlines, "réunion", "reunion", "boulot", "taf", "collègues", "collegues", "client", "cours", "prof", "téléconsultation", "teleconsultation", "entretien", "mamie", "papi", "grand-mère", "grand-père", "anniversaire")
    $aware = @awareness
  }
  when   $video
  unless $work
  unless $aware
  example        "on fait un appel vidéo ?"
  example        "allume ta cam pour moi"
  example        "on passe en visio bb"
  counterexample "la vidéo du match était géniale"
  counterexample "réunion en visio à 14h avec le client"
}

rule FR_PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      1.0
  description "A move justified by privacy: disappearing messages, secret chats, nobody watching"
  terms {
    $app     = any(@chat_platforms, @messaging_apps, @snap, @fr_move_phrases, "appli", "application", "conversation", "discussion")
    $private = @fr_private_reasons
    $booking = any("salle", "table", "réservation", "reservation", "resto", "restaurant", "soirée", "soiree", "cours", "location", "parking", "plage", "chambre", "séance", "seance", "salon", "groupe", "foot", "club", "cadeau", "surprise", "orga", "organisation")
    $aware   = @awareness
  }
  when   $app near($private, 6)
  unless $booking
  unless $aware
  example        "on passe sur telegram, c'est plus discret"
  example        "ajoute moi sur snap, les messages disparaissent et personne peut voir"
  example        "utilise la conversation secrète sur messenger pour que personne ne puisse lire"
  counterexample "on a réservé une salle privée au restaurant"
  counterexample "le groupe whatsapp du foot est plus tranquille le soir"
}

rule FR_PLATFORM_LEAVE_SITE {
  category    platform_move
  weight      0.8
  description "Talking the reader off the current app or site (\"je suis rarement ici\")"
  terms {
    $off   = @fr_off_site
    $aware = @awareness
  }
  when   $off
  unless $aware
  example        "je suis rarement ici, t'as snap ?"
  example        "cette appli est nulle on parle ailleurs"
  example        "j'utilise pas trop cette appli, ajoute moi"
  counterexample "cette appli plante tout le temps, je vais la réinstaller"
  counterexample "je suis plus trop sur facebook ces temps-ci"
}

"""#),
        (path: "fr/publish_threat.rules", text: #"""
# publish_threat (French): a threat to publish the material or send it to the victim's circle.
# Posting holiday photos on Facebook and sending wedding pictures to the family are ordinary life:
# the strong rules need a "ça part sur …" framing, explicit material, a condition, or the victim's
# whole network as the audience.

rule FR_PUBLISH_GOING_OVER {
  category    publish_threat
  weight      2.5
  description "The material \"part sur Facebook\", goes \"partout sur\" a platform, or \"sera publiée sur\" it"
  terms {
    $over     = @fr_going_over
    $platform = any(@publish_platforms, @messaging_apps, @snap, @porn_sites, @fr_publish_places, @fr_porn_sites,
                    @fr_network, @fr_institutions)
    $benign   = any(@benign_context, "pub", "publicité", "publicite", "annonce", "offre d'emploi", "recrutement", "concours", "live", "événement", "evenement", "article", "bonne nouvelle")
    $aware    = @awareness
  }
  when   $over then($platform, 1)
  unless $benign
  unless $aware
  example        "paie 500 € ou ça part sur Facebook"
  example        "cette vidéo va partout sur insta ce soir"
  example        "la vidéo sera publiée sur YouTube et sur tous les réseaux"
  example        "ta vidéo va tourner sur les réseaux sociaux"
  example        "ta video va faire le tour de ton bahut"
  counterexample "la cagnotte tourne partout sur Facebook, c'est génial"
  counterexample "je pars sur Lyon demain pour le boulot"
  counterexample "l'annonce sera publiée sur LinkedIn lundi"
}

rule FR_PUBLISH_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or sending explicit material (\"je vais balancer tes nudes\", \"ta vidéo intime sera publiée\")"
  terms {
    $verb     = any(@fr_threat_publish, @fr_threat_send, @fr_everyone_sees, @fr_going_over, "sera publiée", "sera publiee", "seront publiées", "sera diffusée", "sera envoyée", "va être publiée", "va etre publiee", "sur internet", "en ligne")
    $material = any(@fr_explicit_material, @explicit_material)
    $porn     = any(@fr_porn_sites, @porn_sites)
    $thing    = any(@fr_material_refs, @fr_explicit_material, @fr_threat_publish, @fr_threat_send, "ta tête", "ta tete", "ton nom", "ton visage")
    $benign   = any("le bébé", "le bebe", "bain", "rouge à lèvres", "rouge a levres", "vernis", "teinte", "nude lipstick", "plage naturiste")
    $aware    = @awareness
  }
  when   $verb near($material, 5) | $thing near($porn, 6)
  unless $benign
  unless $aware
  example        "je vais balancer tes nudes à tout le monde"
  example        "ta vidéo de toi nu sera publiée ce soir"
  example        "tout le monde verra ta bite"
  example        "je poste ta vidéo sur tous les sites porno"
  counterexample "Si quelqu'un menace de publier tes photos intimes, parles-en à un adulte de confiance"
  counterexample "elle a posté une photo de son nouveau rouge à lèvres nude"
  counterexample "il passe trop de temps sur les sites porno mdr"
}

rule FR_PUBLISH_TO_NETWORK {
  category    publish_threat
  weight      2.0
  description "A promise to send or post the material to the victim's whole network, school or work"
  terms {
    $threat  = any(@fr_threat_publish, @fr_threat_send)
    $network = any(@fr_network, @fr_institutions)
    $benign  = any(@benign_context, "faire-part", "lien", "le lien", "programme", "planning", "horaires", "menu", "newsletter", "bulletin", "compte rendu", "le doc", "le document", "le fichier", "l'invit", "invit", "infos", "les infos", "numéro", "numero", "adresse", "devoirs", "cours", "exercices", "sondage", "dossier", "rapport", "planning", "compte-rendu", "présentation", "presentation")
    $aware   = @awareness
  }
  when   $threat then($network, 6)
  unless $benign
  unless $aware
  example        "j'envoie la vidéo à tous tes amis"
  example        "je vais la poster et l'envoyer à tous tes contacts"
  example        "Je vais envoyer cet enregistrement à tous vos contacts et à votre employeur"
  example        "jvais tout balancer à ton lycée"
  example        "jvai envoyer sa a tt tes contacts"
  counterexample "j'envoie les photos du mariage à toute ta famille"
  counterexample "je vais envoyer le lien de la cagnotte à tous tes potes"
  counterexample "tes abonnés ont adoré la photo que t'as postée"
}

rule FR_PUBLISH_CONDITIONAL {
  category    publish_threat
  weight      2.0
  description "Publishing made conditional on paying, replying or obeying (\"si tu paies pas, je publie tout\")"
  terms {
    $cond   = any(@fr_publish_conditions, @fr_block_conditions)
    $sinon  = any("sinon", "snn", "sinn", "autrement", "sans quoi", "faute de quoi")
    $threat = any(@fr_threat_publish, @fr_everyone_sees, @fr_going_over, @fr_ruined, @fr_block_consequence)
    $owed   = @refund_context
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $cond then($threat, 8) | $threat then($cond, 6) | $sinon then($threat, 1)
  unless $owed
  unless $benign
  unless $aware
  example        "si tu paies pas je publie tout"
  example        "Si tu me bloques, je balance la vidéo partout"
  example        "si vous ne payez pas, tout le monde verra cette vidéo"
  example        "je diffuse tout sauf si tu paies"
  example        "t'as intérêt à payer sinon je diffuse la vidéo"
  counterexample "si tu paies pas la facture je t'envoie un rappel"
  counterexample "si tu réponds pas je publie les photos de la soirée sans toi"
}

rule FR_PUBLISH_RUIN_EVERYONE_SEES {
  category    publish_threat
  weight      1.5
  description "A promise to ruin or expose the victim, or an audience that will see the material"
  terms {
    $will     = any("je vais", "jvais", "j'vais", "je peux", "je pourrais", "je suis capable de", "je vais te", "on va")
    $ruin     = @fr_ruin
    $ruined   = @fr_ruined
    $see      = @fr_everyone_sees
    $taunt    = @fr_want_them_see
    $send     = any(@fr_threat_send, @fr_threat_publish)
    $material = any(@fr_material_refs, @fr_explicit_material)
    $person   = any(@fr_parents, @fr_siblings, @fr_partner_friends)
    $tell     = any("je vais tout dire à", "je vais tout dire a", "je dirai tout à", "je dirai tout a", "je vais tout raconter à", "je vais tout raconter a", "je raconte tout à", "je te balance à", "je te balance a", "je vais te balancer à", "je vais te balancer a", "je te balancerai à")
    $joke     = any("mdr", "ptdr", "lol", "haha", "xd", "bêtise", "betise", "note", "bulletin", "retard", "bonbons", "gâteau")
    $benign   = any(@benign_context, @fr_benign_subjects, "nouvelle cuisine", "la cuisine", "les résultats", "les resultats", "ce film", "ce match", "cet exam", "ma soirée", "ta soirée", "le week-end", "ton week-end")
    $aware    = @awareness
  }
  when   $will then($ruin, 2) | $ruined | $taunt | $see near($material, 4) | $send then($material, 3) then($person, 4) | $tell then($person, 1)
  unless $benign
  unless $joke
  unless $aware
  example        "je vais ruiner ta vie"
  example        "ta vie est finie si tu paies pas"
  example        "tout le monde va voir ta vidéo"
  example        "j'envoie la vidéo à ta mère et à ta copine"
  example        "tu veux que ta famille voie ça ?"
  example        "je te balance à tes parents, je vais tout dire à ta mère"
  counterexample "je vais tout dire à ta mère pour les bonbons mdr"
  counterexample "ne laisse pas ce boulot gâcher ta vie"
  counterexample "tout le monde verra la nouvelle cuisine samedi"
  counterexample "j'envoie la vidéo du spectacle à ta mère"
}

"""#),
        (path: "fr/recording_claim.rules", text: #"""
# recording_claim (French): a claim to hold compromising material, or to have hacked a device.
# "J'ai filmé le match" and "j'ai tes photos du mariage" are ordinary: the strong rules need
# explicit material, malware, or a recording of "toi" / "notre appel".

rule FR_RECORDING_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A claim to hold explicit material of the victim (\"j'ai tes nudes\", \"je t'ai filmé en train de te branler\")"
  terms {
    $have     = any(@fr_have_first, @fr_recorded, @fr_recorded_you, @fr_recorded_complete, "j'ai screen", "jai screen", "j'ai des captures", "j'ai des screens", "j'ai capturé")
    $material = any(@fr_explicit_material, @explicit_material)
    $benign   = any("le bébé", "le bebe", "bain", "rouge à lèvres", "rouge a levres", "vernis", "teinte", "plage naturiste", "tableau", "statue", "musée", "musee")
    $aware    = @awareness
  }
  when   $have near($material, 8)
  unless $benign
  unless $aware
  example        "j'ai tes nudes"
  example        "je t'ai filmé en train de te branler devant ta cam"
  example        "J'ai une vidéo de toi nu, tu veux voir ?"
  example        "j'ai enregistré une vidéo de vous en train de vous masturber"
  counterexample "Si quelqu'un te dit qu'il a tes nudes, ne paie pas et signale-le"
  counterexample "j'ai une photo du bébé tout nu dans le bain, trop mignon"
}

rule FR_RECORDING_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A first-person claim to have recorded the victim or the video call"
  terms {
    $recyou = @fr_recorded_you
    $rec    = @fr_recorded
    $object = @fr_recorded_objects
    $claim  = @fr_recorded_complete
    $benign = any(@benign_context, "chanter", "chantais", "danser", "dansais", "discours", "but", "réunion", "reunion", "cours", "conférence", "conference", "le match", "l'émission", "l'emission", "l'épisode", "l'episode", "la finale", "pour toi", "pour plus tard", "mdr", "ptdr", "lol", "haha")
    $aware  = @awareness
  }
  when   $recyou | $rec then($object, 2) | $claim
  unless $benign
  unless $aware
  example        "j'ai enregistré notre appel vidéo"
  example        "je t'ai filmé pendant tout l'appel"
  example        "Tout a été enregistré. J'ai tout sur vidéo"
  example        "jtai filmé avec ma cam"
  counterexample "j'ai enregistré le match pour toi, regarde le plus tard"
  counterexample "je t'ai filmée en train de danser au mariage mdr"
  counterexample "j'ai enregistré le dernier épisode de l'émission"
}

rule FR_RECORDING_HAVE_MEDIA {
  category    recording_claim
  weight      1.0
  description "A claim to hold the victim's pictures or video, not named as explicit"
  terms {
    $have   = @fr_have_first
    $media  = @fr_material_refs
    $benign = any(@benign_context, @fr_benign_subjects, "sur mon ordi", "sur le drive", "sur le cloud", "dans l'album", "sur la clé", "reçu", "recu", "tu as reçu", "t'as reçu", "imprimé", "imprime", "cadre")
    $aware  = @awareness
  }
  when   $have then($media, 2)
  unless $benign
  unless $aware
  example        "j'ai ta vidéo"
  example        "j'ai gardé toutes les photos que tu m'as envoyées"
  example        "J'ai encore l'enregistrement de notre appel"
  counterexample "j'ai tes photos du mariage sur mon ordi"
  counterexample "t'as reçu les photos que je t'ai envoyées ?"
}

rule FR_RECORDING_MALWARE {
  category    recording_claim
  weight      2.5
  description "The e-mail variant: malware or a hacked webcam used to record the victim"
  terms {
    $malware = any(@fr_malware, @malware)
    $device  = @fr_devices
    $me      = any(@fr_hack_first, @fr_hack_access)
    $access  = @fr_hack_access
    $passive = @fr_passive_hack
    $ok      = any("antivirus", "mise à jour", "mise a jour", "imprimante", "pilote", "réparé", "repare", "réparer", "reparer", "pour toi", "paramètres", "parametres", "wifi", "box", "le chauffage", "les lumières", "netflix", "mot de passe oublié", "mdr", "ptdr", "lol", "haha")
    $aware   = @awareness
  }
  when   $malware near($device, 8) & $me | $access then($device, 2) | $device then($passive, 1)
  unless $ok
  unless $aware
  example        "J'ai installé un logiciel malveillant sur votre ordinateur et activé votre webcam"
  example        "j'ai piraté ton téléphone avec un logiciel espion"
  example        "Votre appareil a été piraté. J'ai enregistré une vidéo de vous"
  example        "j'ai pris le contrôle de votre webcam"
  counterexample "t'as un antivirus sur ton ordi ? y a un virus qui circule"
  counterexample "j'ai installé le pilote de l'imprimante sur ton ordinateur"
  counterexample "j'ai accès à ton compte netflix, c'est quoi le mot de passe du profil ?"
}

rule FR_RECORDING_LOOK_PROOF {
  category    recording_claim
  weight      0.8
  description "Proof offered to the victim (\"regarde ce que j'ai\", \"tu te reconnais ?\")"
  terms {
    $proof  = @fr_look_proof
    $benign = any(@benign_context, "sur la photo", "sur cette photo", "quand t'étais petit", "quand t'étais petite", "quand tu étais petit", "quand tu etais petit", "en cm2", "en 6e", "en sixième", "mdr", "ptdr", "lol", "haha", "trop mignon", "trop mignonne", "chien", "chat", "déguisement", "deguisement", "camping", "colo", "en vacances")
    $aware  = @awareness
  }
  when   $proof
  unless $benign
  unless $aware
  example        "regarde ce que j'ai"
  example        "Tu te reconnais ? voici la preuve"
  example        "c'est bien toi ? [capture]"
  counterexample "regarde ce que j'ai trouvé au grenier, ton vieux doudou mdr"
  counterexample "c'est bien toi sur la photo de classe en CM2 ?"
}

"""#),
        (path: "frames/deadline.rules", text: #"""
# deadline frames: time pressure on a demand or a threat.
# Deliveries, essays and meetings have deadlines too: a time limit counts when it is tied to
# paying, to the material, or to a consequence.

rule DEADLINE_TO_PAY {
  category    deadline
  languages   all
  weight      2.0
  description "A time limit to pay or obey: \"you have 48 hours to send the money\""
  terms {
    $limit = @you_have then(entity(duration), 3) | entity(duration) then(@time_left, 0)
  }
  when   $limit near(any(@pay_verbs, @payment_nouns, @rails, @comply_verbs), 8)
  unless @deadline_benign
  unless @awareness
  example        "you have 48 hours to send the money"
  example        "I give you 3 days to pay"
  example        "complete the transfer within 50 hours"
  counterexample "you have 24 hours to submit the essay"
  counterexample "you have 14 days to return the order for a refund"
}

rule DEADLINE_WITH_THREAT {
  category    deadline
  languages   all
  weight      1.8
  description "A time limit with a consequence: \"within 24 hours or everyone sees it\""
  terms {
    $limit  = @you_have then(entity(duration), 3) | @by_time
    $threat = @condition then($will_publish | $any_material | $circle | $relative, 4) | $will_publish | $gets_published | $or_threat
            | $circle then(@will_see, 1)
  }
  when   $limit near($threat, 8)
  unless @benign_condition
  unless @awareness
  example        "you have 24 hours or I post it"
  example        "by tonight, otherwise your family sees everything"
  counterexample "you have 24 hours to reply to the invite, otherwise we book without you"
  counterexample "by tomorrow, if you don't mind"
}

rule DEADLINE_CLOCK_TICKING {
  category    deadline
  languages   all
  weight      1.7
  description "Countdown pressure, twice over: \"don't waste your time, the clock is ticking\""
  when   @countdown near(@countdown, 10)
  unless @countdown_benign
  unless @awareness
  example        "tick tock, last chance"
  example        "do not waste your time, the clock is ticking"
  counterexample "last chance to get tickets for the show"
  counterexample "tick tock goes the clock in the song"
}

"""#),
        (path: "frames/image_request.rules", text: #"""
# image_request frames: images asked for under pressure.

rule IMAGE_REQUEST_OR_ELSE {
  category    image_request
  languages   all
  weight      1.8
  description "Images or acts demanded with a threat: \"show me or I'll show everyone\""
  when   @image_demand near(@or_else then(@publish_verbs | $will_publish | $circle, 3), 8)
       | @condition then($will_publish | @publish_verbs, 4) near(@image_demand, 10)
  unless @awareness
  example        "show me what I want or I'll show everyone"
  example        "If you don't want me to post that on your profile, take your top off"
  counterexample "show me the menu or I'll order for you"
  counterexample "send me the file otherwise I can't print it"
}

"""#),
        (path: "frames/intimidation.rules", text: #"""
# intimidation frames: fear and credibility props around the threat.

rule INTIMIDATE_POLICE_FUTILE {
  category    intimidation
  languages   all
  weight      1.8
  description "Help is useless or forbidden: \"there is no point contacting the police\", \"don't go to the cops\""
  when   @futility near(@police, 4)
  unless @police_benign
  unless @awareness
  example        "there is no point in contacting the police"
  example        "don't go to the cops, they can't help you"
  counterexample "if you feel unsafe, please call the police"
  counterexample "the police won't help with parking disputes, call the council"
}

rule INTIMIDATE_RUIN_LIFE {
  category    intimidation
  languages   all
  weight      1.8
  description "A promise to ruin the reader's life or name: \"I will ruin your life\", \"we will damage your reputation\""
  terms {
    $harm   = @ruin_verbs then(@your then(@life, 2), 2) | @ruin_you | @ruin_verbs then(@reputation_of, 0) then(@your, 0)
    $actor  = @self_will | @condition | @or | @self_pronoun
  }
  when   $actor near($harm, 10)
       | @your then(@life, 2) then(@will_be then(@ruined, 1), 2)
       | @will_be then(@your then(@life, 2), 1) then(@ruined, 1)
  unless @ruin_benign
  unless @awareness
  example        "I will ruin your life"
  example        "we will completely damage your reputation"
  example        "your life will be over"
  counterexample "don't let that job ruin your life"
  counterexample "this exam is going to destroy my weekend"
}

rule INTIMIDATE_REGRET {
  category    intimidation
  languages   all
  weight      1.5
  description "Threatened regret: \"you will regret it\", \"otherwise you'll be sorry\""
  when   @regret
  unless @regret_benign
  unless @awareness
  example        "you will regret fucking with me"
  example        "answer me or you'll be sorry"
  counterexample "you'll regret not coming to the party"
  counterexample "you'll be sorry if you miss this movie"
}

rule INTIMIDATE_IN_MY_HANDS {
  category    intimidation
  languages   all
  weight      1.8
  description "The reader's life, privacy or name held by the writer: \"your privacy is in my hands\""
  when   @your then(@life, 2) then(@in_my_hands, 2)
  unless @awareness
  example        "your privacy is in my hands"
  example        "your whole life is in my hands now"
  counterexample "your life is in your hands"
  counterexample "your future depends on your grades"
}

rule INTIMIDATE_IF_NOT_PAID {
  category    intimidation
  languages   all
  weight      1.8
  description "Harm promised if the reader does not pay or obey: \"if you decide not to pay, we will start the attack\""
  when   @if_unpaid near(@self_will then(@harm_verbs, 3) | @will_be then(@ruined, 1), 8)
  unless @refund_context
  unless @awareness
  example        "if you decide not to pay, we will start the attack"
  example        "If you ignore this email your life will be ruined"
  counterexample "if you don't pay the bill, we will start charging interest"
  counterexample "if you don't reply I'll come find you at the cafe"
}

rule INTIMIDATE_REPUTATION_OR_MONEY {
  category    intimidation
  languages   all
  weight      1.8
  description "The reader made to choose between their name and their money: \"your reputation or your money\""
  when   @your then(@life, 2) then(@or, 1) near(@money_words, 3)
  unless @choice_benign
  unless @awareness
  example        "what's more important to you, your reputation or your money?"
  example        "decide: your marriage or the money"
  counterexample "your career or your money: which do you invest in first?"
  counterexample "your job or the money, the survey asks"
}

"""#),
        (path: "frames/payment_demand.rules", text: #"""
# payment_demand frames: money asked of the reader, with an amount, a rail or a wallet.
# Friends settle debts all day ("pay me back the £20"): an amount alone is never a demand, and
# refunds, bills and shopping are excluded by context.

rule PAY_DEMAND_FRAME {
  category    payment_demand
  languages   all
  weight      1.7
  description "A demand for money with its amount: \"pay me 500 now\", \"I want £300\""
  when   $demand then($amount, 3) | $paid_number | @pay_verbs then($amount, 2) then(@urgency, 2)
  unless @refund_context
  unless @polite_request
  unless @awareness
  example        "pay me 500 now"
  example        "I want £300 by tonight"
  example        "you need to send 0.05 btc"
  counterexample "can you pay me back the £20 tonight?"
  counterexample "I paid 500 for the flights"
}

rule PAY_AMOUNT_ON_RAIL {
  category    payment_demand
  languages   all
  weight      2.0
  description "An amount to be paid over a rail: \"$750 in bitcoin\", \"send 200 in steam cards\""
  terms {
    $asked = $demand | any(@wallet, @payment_nouns)
  }
  when   ($amount | entity(number)) near(@rails, 4) & $asked
  unless @refund_context
  unless @trading_context
  unless @awareness
  example        "All you need is $850 in Bitcoin sent to my wallet"
  example        "the fee is 200 usd in btc"
  example        "buy me 300 in steam cards"
  counterexample "I bought $500 of bitcoin last year"
  counterexample "bitcoin hit 90000 usd today"
}

rule PAY_TO_MY_WALLET {
  category    payment_demand
  languages   all
  weight      2.0
  description "Money directed to the writer's wallet or address: \"send the bitcoin to my wallet\""
  terms {
    $address   = any(entity(btc_address), entity(eth_address), entity(ltc_address), entity(xmr_address), entity(iban),
                     entity(cashtag))
    $my_wallet = @my then(@rails, 2) then(@wallet, 1) | @my then(@wallet, 1)
  }
  when   $my_wallet near($address, 6) | $my_wallet & (@pay_verbs | @payment_nouns | $amount) & @rails
       | (@pay_verbs | @payment_nouns) near(@rails, 3) near(@me, 4)
  unless @trading_context
  unless @awareness
  example        "My Bitcoin wallet is: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
  example        "send the bitcoin to the following address"
  counterexample "my bitcoin wallet app keeps crashing"
  counterexample "I set up a crypto wallet to buy some eth"
}

rule PAY_THEN_ERASE {
  category    payment_demand
  languages   all
  weight      1.8
  description "Payment traded for erasing the material: \"once I receive the payment I'll delete the video\""
  terms {
    $paid   = any(@payment_nouns, @rails, @receive_payment)
    $erase  = @self_will then(@erase_verbs, 2) then($any_material | $your_material, 4)
  }
  when   $paid near($erase, 10)
  unless @awareness
  example        "once the transfer is received, I will delete all this dirty stuff"
  example        "after payment, I will erase the video and forget about you"
  counterexample "delete the photos after you pay the photographer"
  counterexample "I paid for the app so I can delete the files faster"
}

rule PAY_OR_ELSE {
  category    payment_demand
  languages   all
  weight      2.0
  description "Payment with a consequence: \"pay or I post it\", \"send the money, otherwise …\""
  when   (@pay_verbs | $demand then($amount, 3)) then($or_threat | @or_else, 6)
  unless @refund_context
  unless @polite_request
  unless @awareness
  example        "pay or I post it"
  example        "send 400 otherwise everyone sees the video"
  counterexample "pay at the counter or online"
  counterexample "send me the link or call me"
}

rule PAY_PRICE_OF_SILENCE {
  category    payment_demand
  languages   all
  weight      1.8
  description "A price or fee for silence or for the reader's data: \"$1000 is a fair price for our little secret\""
  when   $amount near(@price_words, 4) near(@silence_words, 8)
  unless @awareness
  example        "$1000 is a fair price for our little secret"
  example        "you can buy it from me for a small fee of 600 usd"
  counterexample "the price of the secret santa gift is 20 dollars"
  counterexample "small fee of $5 for the cloakroom"
}

"""#),
        (path: "frames/publish_threat.rules", text: #"""
# publish_threat frames: the writer (or the material itself) reaching an audience.
# Sharing holiday photos is ordinary life: a frame needs the reader's material ("your video",
# "pics of you"), the reader's circle, explicit material, or a condition, never a platform alone.

rule PUBLISH_PROMISE_YOUR_MATERIAL {
  category    publish_threat
  languages   all
  weight      1.8
  description "The writer promises to publish, send or show the reader's material"
  when   $will_publish near($your_material, 4)
  unless @awareness
  example        "I will post your video on facebook"
  example        "gonna leak ur pics tonight"
  example        "I can publish the video of you and everything else"
  counterexample "I will post the video on facebook tomorrow"
  counterexample "can you send your pics from the trip?"
}

rule PUBLISH_PROMISE_TO_CIRCLE {
  category    publish_threat
  languages   all
  weight      2.0
  description "The writer promises to send the material to the reader's whole circle"
  terms {
    $material = $any_material | $your_material
  }
  when   $will_publish then($material, 4) then($circle, 6)
       | $will_publish then($circle, 2) then($material, 3)
  unless @awareness
  unless @benign_context
  example        "I'm going to send them to all your followers now"
  example        "i will send the recording to your family and friends"
  example        "I'll show your whole family the video"
  counterexample "I'll send the party invite to all your friends"
  counterexample "we will send the newsletter to everyone"
}

rule PUBLISH_PROMISE_TO_RELATIVE {
  category    publish_threat
  languages   all
  weight      1.2
  description "The writer promises to send the material to one person close to the reader"
  when   $will_publish then($any_material, 4) then($relative, 4)
       | $will_publish then($relative, 1) then($any_material, 3)
  unless @awareness
  unless @benign_context
  example        "i'll send it to your mum"
  example        "I'm going to show your girlfriend this"
  counterexample "I'll send the recipe to your mum"
  counterexample "your mum sent me the pics"
}

rule PUBLISH_PROMISE_PUBLIC_YOUR_MATERIAL {
  category    publish_threat
  languages   all
  weight      2.2
  description "The writer promises to put the reader's material on a public place or platform"
  when   $will_publish near($your_material, 4) near(@places | @places_hostile, 6)
       | $will_publish then(@pronoun_material, 2) then(@places, 4) near(@material_explicit, 8)
       | $will_publish then($any_material, 4) then(@places_hostile, 4)
  unless @awareness
  unless @benign_context
  example        "I will post your video on facebook"
  example        "i'm uploading the video of you to pornhub"
  example        "I'll sell this to the highest bidder on the dark web"
  counterexample "I'll post the photos on Facebook tomorrow"
  counterexample "I will upload the lecture video online"
}

rule PUBLISH_THREAT_CONDITIONAL {
  category    publish_threat
  languages   all
  weight      2.0
  description "Publishing made conditional: \"if you don't pay I'll send it to everyone\""
  terms {
    $act    = $will_publish | @or then(@publish_verbs, 1) | @publish_verbs
    $target = $any_material | $your_material | $circle | $relative | @places | @places_hostile
  }
  when   @condition near($act then($target, 5), 6)
  unless @awareness
  unless @benign_condition
  example        "if you don't pay I'll send it to everyone"
  example        "I'm demanding US$900, if not I'm going to send it to all of those people"
  example        "unless you pay I will post the pics"
  counterexample "if you don't mind I'll post the photos tonight"
  counterexample "If you don't pay the bill I'll send you a reminder"
}

rule PUBLISH_PASSIVE_YOUR_MATERIAL {
  category    publish_threat
  languages   all
  weight      2.0
  description "The reader's material will be published: \"your video will be posted\""
  when   $your_material then($gets_published, 3)
       | $your_material then(@goes_to, 2) then($circle | $relative | @places, 3)
  unless @awareness
  unless @benign_context
  example        "your video will be posted everywhere"
  example        "ur nudes are going straight to your family"
  counterexample "your photo will be posted in the school newsletter"
  counterexample "your video is going to the judges tomorrow"
}

rule PUBLISH_PASSIVE_CONDITIONAL {
  category    publish_threat
  languages   all
  weight      2.0
  description "The material will be published unless the reader obeys: \"pay or the videos are published\""
  when   @condition near($any_material then($gets_published, 3), 8)
       | @or then($any_material then($gets_published, 3), 1)
  unless @awareness
  unless @benign_condition
  example        "either you agree or the videos are published"
  example        "if you ignore this, the video will be sent to everyone"
  counterexample "if you like it, the video will be posted on our site"
  counterexample "unless it rains, the photos will be shared after the game"
}

rule PUBLISH_AUDIENCE_WILL_SEE {
  category    publish_threat
  languages   all
  weight      1.7
  description "The reader's circle will see the material: \"everyone will see your video\""
  terms {
    $what = $your_material | any(@material_explicit, @what_you_did)
  }
  when   $circle then(@will_see, 1) near($what, 3)
       | $relative then(@will_see, 1) near($what, 3)
       | @everyone then(@will_see, 1) then(@material, 2)
  unless @awareness
  unless @benign_context
  example        "everyone will see the video"
  example        "all your friends will see your nudes"
  example        "your mum will see what you did"
  counterexample "everyone will see the video at the wedding"
  counterexample "your friends will see you at the party"
}

rule PUBLISH_MAKE_PUBLIC {
  category    publish_threat
  languages   all
  weight      2.0
  description "The writer promises to make the reader's material public: \"I'll make your videos public\""
  when   @self_will then(@make_verbs then($your_material | @material_explicit, 3) then(@made_public, 1), 3)
  unless @awareness
  example        "I will make your private videos public"
  example        "i'm going to make ur nudes go viral"
  counterexample "I will make the video public after the edit"
  counterexample "we will make your profile public by default"
}

rule PUBLISH_PASSIVE_TO_CIRCLE {
  category    publish_threat
  languages   all
  weight      1.8
  description "The material being sent to the reader's whole circle: \"if these were sent to your colleagues\""
  when   ($any_material | $your_material) then(@will_be then(@publish_done, 2), 2) then($circle, 3)
  unless @awareness
  unless @benign_context
  example        "how would it look if these were sent to your colleagues?"
  example        "the recording will be forwarded to all your contacts"
  counterexample "the invitations were sent to your friends"
  counterexample "the newsletter will be emailed to all your contacts"
}

"""#),
        (path: "frames/recording_claim.rules", text: #"""
# recording_claim frames: the writer holds, or made, a recording of the reader.
# People record lectures and save holiday pictures: a frame needs the reader as the subject
# ("recorded you", "your nudes", "a video of you") or a sexual act.

rule RECORD_CLAIM_MADE {
  category    recording_claim
  languages   all
  weight      2.0
  description "The writer recorded the reader: \"I recorded you\", \"I screen recorded our video call\""
  when   @self_past then(@record_past, 3) then(@you_object | $your_material, 4)
  unless @recording_benign
  unless @awareness
  example        "I recorded you"
  example        "i screen recorded our video call"
  example        "I've recorded many videos of you"
  counterexample "I recorded the lecture for you"
  counterexample "did you record our call for the team?"
}

rule RECORD_CLAIM_HAVE {
  category    recording_claim
  languages   all
  weight      1.7
  description "The writer holds the reader's material: \"I have your video\", \"I've got pics of you\""
  when   @self_have then($your_material, 4)
  unless @benign_context
  unless @awareness
  example        "I have your video"
  example        "i still got the pics of you"
  counterexample "I have your photos from the trip, want them?"
  counterexample "do you have your video ready for class?"
}

rule RECORD_SEXUAL_ACT {
  category    recording_claim
  languages   all
  weight      2.5
  description "A recording of the reader in a sexual act: \"a video of you masturbating\""
  terms {
    $recording = any(@material, @material_explicit, @record_past, @camera)
  }
  when   $recording near(@you_object | @your, 6) near(@sexual_acts, 6)
  unless @awareness
  example        "I have a video of you masturbating"
  example        "the camera recorded you jerking off"
  counterexample "the video shows you how to stay naked-eye safe during the eclipse"
  counterexample "recording you singing naked lyrics lol"
}

rule RECORD_DEVICE_CONTROL {
  category    recording_claim
  languages   all
  weight      1.6
  description "The writer controls the reader's camera or device: \"my software turned on your camera\""
  when   @control_verbs near(@your then(@camera, 1), 4)
       | @malware near(@your then(any(@camera, @devices), 2), 6)
  unless @awareness
  example        "my software turned on your camera"
  example        "I infected your computer with a trojan and switched on your webcam"
  counterexample "did you turn on your camera for the meeting?"
  counterexample "the update activated your microphone settings"
}

"""#),
        (path: "frames/terms.rules", text: #"""
# Shared terms of the tactic frames: the grammar every frame rule in this directory is written in.
#
# A frame is a tactic written as slots (who acts, the verb, the material, the audience, the
# hinge), each slot a lexicon with one file per language under lexicons/<lang>/. A new wording
# usually needs one lexicon line, not a new rule; a new language needs its lexicon files (see
# Rules/README.md, "Adding a language"). Terms here are visible to every rule of the pack.

terms {
  # The writer promising to publish: "I'll post", "gonna send", "we will leak", and the
  # one-word futures of other languages ("publicaré", "wyślę", "ich schicke").
  $will_publish  = @self_will then(@publish_verbs, 2) | @self_publish

  # The reader's material: "your video", "ur nudes", "the video of you", "pics of yourself".
  $your_material = @your then(any(@material, @material_explicit), 3)
                 | any(@material, @material_explicit) then(@of_you, 1)

  # Anything that can stand for the material once it exists: "it", "them", "the video".
  $any_material  = any(@material, @material_explicit, @pronoun_material)

  # The reader's whole circle: "your family", "all your friends", "everyone you know".
  $circle        = @your then(@people, 2) | @everyone

  # One person close to the reader: "your mum", "your girlfriend".
  $relative      = @your then(@person, 2)

  # The material being published, in the passive: "(your video) will be posted",
  # "(the pics) get leaked", "(it) goes viral".
  $gets_published = @will_be then(@publish_done, 2) | @goes_public

  # A demand for money with its amount: "pay me £500", "I want 300", "send 0.1 BTC".
  $amount        = entity(money) | entity(number) then(@crypto_units, 0)
  # A bare number right after a verb of paying is an amount too: "pay me 500 now".
  $paid_number   = @demand_number then(entity(number), 0)
  # Who asks for the money: "pay me", "you need to send", "I want"; a bare "pay" or "send" is
  # a demand only with urgency ("send $500 now"), see PAY_DEMAND_FRAME.
  $demand        = @pay_verbs then(@me, 1) | @you_must then(@pay_verbs, 2) | @self_want

  # "or" and a threat: "or I post it", "or everyone sees it", "or else".
  $or_threat     = @or then($will_publish | @self_pronoun then(@publish_verbs, 1) | @publish_verbs | $circle | @everyone, 2)
}

"""#),
        (path: "it/deadline.rules", text: #"""
# deadline (Italian): time pressure. Deliveries, exams and work deadlines are everywhere, so a bare
# time limit weighs 0.7; a limit tied to a consequence, a countdown or a final warning weighs more.
# entity(duration) reads "24 ore", "48h", "30 minuti", "2 giorni", "una settimana"; "un'ora" and
# "mezz'ora" are single words and sit in @it_durations.

rule IT_DEADLINE_YOU_HAVE {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"hai 24 ore\", \"entro stasera\")"
  terms {
    $opener = any(@it_deadline_openers, @it_you_have)
    $time   = any(entity(duration), @it_durations)
    $clock  = @it_by_time
    $left   = any("di tempo", "a disposizione", "per decidere", "per pagare")
    $parcel = any("pacco", "spedizione", "consegna", "corriere", "ordine", "reso", "rimborso", "esame", "verifica", "treno", "volo", "autobus", "bus", "macchina", "ricetta", "forno", "cuocere", "consegnata", "consegnare", "consegna", "relazione", "report", "progetto", "compito", "scadenza", "lavoro", "iscriverti", "iscrizione", "iscrizioni", "corso", "promo", "offerta", "scade", "saldi", "prenotare", "prenotazione")
    $aware  = @awareness
  }
  when   $opener then($time, 2) | $time then($left, 0) | $clock
         | any("hai tempo fino a", "hai tempo fino alle", "hai tempo solo fino a", "ti do tempo fino a", "ti do tempo fino alle") then(any("domani", "stasera", "mezzanotte", "stanotte", "domattina", entity(number)), 1)
  unless $parcel
  unless $aware
  example        "Hai 24 ore."
  example        "ti do un'ora per decidere"
  example        "entro stasera voglio una risposta"
  example        "hai solo mezz'ora"
  example        "hai tempo fino a domani"
  counterexample "il treno ci mette 2 ore da qui"
  counterexample "il pacco arriva entro 48 ore"
  counterexample "abbiamo aspettato 45 minuti l'autobus"
}

rule IT_DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"hai 48 ore o lo vedranno tutti\")"
  terms {
    $time   = any(entity(duration), @it_durations, @it_by_time, @it_now)
    $threat = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees, @it_ruin, @it_explicit_material)
    $benign = @it_benign
    $aware  = @awareness
  }
  when   $time near($threat, 6)
  unless $benign
  unless $aware
  example        "hai 48 ore, poi lo vedranno tutti"
  example        "entro mezzanotte o pubblico tutto"
  example        "2 ore e il video finisce su instagram"
  counterexample "hai 48 ore per restituire il prodotto"
  counterexample "la relazione va consegnata entro 2 giorni"
}

rule IT_DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt"
  terms {
    $tick  = @it_countdown
    $fun   = any(@it_benign, "consegna", "progetto", "scadenza", "lavoro", "relazione", "tesi", "partita", "esame", "esami", "capodanno", "natale", "vacanze", "forno", "pasta", "gara", "quiz", "concerto", "matrimonio", "laurea", "parcheggio", "offerta", "saldi", "iscrizioni")
    $aware = @awareness
  }
  when   $tick
  unless $fun
  unless $aware
  example        "tic tac"
  example        "il tempo stringe. ogni minuto che passa è peggio"
  example        "il conto alla rovescia è iniziato, ti resta poco tempo"
  counterexample "il conto alla rovescia per capodanno è iniziato!"
  counterexample "il tempo stringe per l'esame di venerdì"
}

rule IT_DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance"
  terms {
    $final = @it_final_warning
    $shop  = any("saldi", "offerta", "sconto", "sconti", "biglietti", "iscrizione", "iscrizioni", "iscriversi", "prenotazione", "prenotare", "ordine", "ordini", "bando", "candidature", "promo", "posti")
    $aware = @awareness
  }
  when   $final
  unless $shop
  unless $aware
  example        "ultimo avviso"
  example        "questa è la tua ultima possibilità. non te lo ripeto"
  example        "non farmi perdere tempo. ultimo avvertimento"
  counterexample "ultima possibilità per i biglietti di sabato!"
  counterexample "gliel'avevo detto ma non mi ha ascoltato"
}

rule IT_DEADLINE_NOW_OR {
  category    deadline
  weight      1.0
  description "An ultimatum hinged on now (\"subito o ...\", \"stasera altrimenti ...\")"
  terms {
    $now    = @it_now
    $plain  = @it_or_plain
    $strong = @it_or_strong
    $next   = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees, @it_ruin, @it_fear, @it_circle)
    $aware  = @awareness
  }
  when   $now then($strong, 1) | $now then($plain then($next, 3), 0)
  unless any("mai più", "mai piu", "domani", "dopodomani", "la settimana prossima")
  unless $aware
  example        "paga subito altrimenti"
  example        "stasera o lo vedranno tutti"
  example        "mandali adesso o lo pubblico"
  counterexample "ora o mai più, prenotiamo il volo"
  counterexample "posso oggi o domani, come ti va meglio"
}

"""#),
        (path: "it/friends_listing.rules", text: #"""
# friends_listing (Italian): proof of reach into the victim's network: screenshots of the
# followers, the contact list, the family named back to the victim.

rule IT_FRIENDS_SCREENSHOT_LIST {
  category    friends_listing
  weight      2.0
  description "Screenshots or a saved copy of the victim's followers, friends list or contacts"
  terms {
    $screens = @it_recorded_1p
    $network = any(@it_network, @it_circle)
    $benign  = @it_benign
    $aware   = @awareness
  }
  when   $screens then($network, 4)
  unless $benign
  unless $aware
  example        "ho fatto lo screen di tutti i tuoi follower"
  example        "ho salvato la lista dei tuoi amici e della tua famiglia"
  example        "Ho screenshottato i tuoi contatti, uno per uno"
  counterexample "ho fatto lo screen della foto del matrimonio per tua famiglia"
  counterexample "ho salvato il numero di tua sorella in rubrica"
}

rule IT_FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A claim to hold the victim's follower, friend or contact list"
  terms {
    $have    = any(@it_have_1p, @it_hack, "so chi sono", "conosco", "ho accesso a", "ho accesso ai", "ho accesso alla", "ho accesso alle")
    $network = @it_network
    $phone   = any("vecchio telefono", "nuovo telefono", "sim", "backup")
    $benign  = @it_benign
    $aware   = @awareness
  }
  when   $have then($network, 3)
  unless $phone
  unless $benign
  unless $aware
  example        "ho tutti i tuoi contatti"
  example        "ho la lista dei tuoi follower, nome per nome"
  example        "ho accesso completo ai tuoi contatti"
  counterexample "ho ancora i tuoi contatti sul vecchio telefono?"
  counterexample "i tuoi follower adoreranno questa foto"
}

rule IT_FRIENDS_FOUND_CIRCLE {
  category    friends_listing
  weight      1.2
  description "A claim to have found or identified the victim's family and friends"
  terms {
    $found  = any("ho trovato", "so chi sono", "so chi è", "so chi e", "so esattamente chi", "so benissimo chi", "conosco già", "conosco gia", "ho cercato")
    $circle = any(@it_circle, @it_network, @it_parents, @it_siblings, @it_partner, @it_institutions)
    $where  = any("al bar", "in piazza", "alla festa", "fuori", "stanno bene", "di vista", "dal calcetto", "a calcio", "in palestra", "al parco")
    $aware  = @awareness
  }
  when   $found then($circle, 3)
  unless $where
  unless $aware
  example        "ho trovato la tua famiglia su facebook"
  example        "so chi sono i tuoi amici"
  example        "so esattamente chi è tua madre e dove lavora tua sorella"
  counterexample "ho trovato i tuoi amici al bar, stanno bene"
  counterexample "conosco tuo fratello dal calcetto"
}

rule IT_FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A roll-call of the victim's parents, siblings and partner or friends in one message"
  terms {
    $parent  = @it_parents
    $sibling = @it_siblings
    $friend  = @it_partner
    $polite  = any("saluta", "salutami", "saluti", "un bacio", "un abbraccio", "baci", "auguri", "grazie", "vengono", "arrivano", "cena", "pranzo", "invitati", "invita", "festa")
    $aware   = @awareness
  }
  when   $parent & $sibling & $friend
  unless $polite
  unless $aware
  example        "tua madre Laura, tua sorella Giulia e il tuo migliore amico Marco"
  example        "Tuo padre si chiama Paolo, tuo fratello è Luca, la tua ragazza è Sara"
  counterexample "salutami tua mamma, tua sorella e il tuo ragazzo"
  counterexample "tua madre e tua sorella arrivano alle sei"
}

rule IT_FRIENDS_HERE_ARE {
  category    friends_listing
  weight      1.2
  description "Presenting the victim's network back to them (\"ecco i tuoi follower\")"
  terms {
    $here    = any("ecco", "eccoli", "guarda", "questi sono", "queste sono", "riconosci")
    $network = any(@it_network, @it_circle)
    $benign  = @it_benign
    $aware   = @awareness
  }
  when   $here then($network, 2)
  unless $benign
  unless $aware
  example        "ecco i tuoi amici: Marco, Luca, Giulia e Sara"
  example        "guarda i tuoi follower. li riconosci?"
  counterexample "ecco le mie amiche dell'università"
  counterexample "i tuoi amici sono qui, scendi"
}

"""#),
        (path: "it/grooming.rules", text: #"""
# grooming (Italian): secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule IT_GROOMING_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it"
  terms {
    $secret = @it_secrecy
    $happy  = @it_surprise
    $aware  = @awareness
  }
  when   $secret
  unless $happy
  unless $aware
  example        "questo è il nostro piccolo segreto"
  example        "non dirlo a nessuno ok?"
  example        "dopo cancella la chat"
  counterexample "non dirlo a nessuno ma sono incinta!!"
  counterexample "acqua in bocca con Giulia, è una festa a sorpresa"
}

rule IT_GROOMING_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, teachers or the police out of it"
  terms {
    $dont    = @it_dont_tell
    $adults  = any(@it_adults, @it_parents, @it_siblings, @it_police_core, @it_institutions)
    $explain = @it_parents_dont_know
    $happy   = @it_surprise
    $aware   = @awareness
  }
  when   $dont then($adults, 2) | $explain
  unless $happy
  unless $aware
  example        "non dirlo ai tuoi genitori"
  example        "i tuoi non capirebbero. fai in modo che i tuoi non vedano niente"
  example        "non dire niente a nessuno e non farlo sapere alla polizia"
  counterexample "non dirlo a tua mamma, è una sorpresa per il compleanno"
  counterexample "avvisa i tuoi che torni tardi"
}

rule IT_GROOMING_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved, or who can see their phone"
  terms {
    $alone = @it_alone
    $chore = any("pacco", "corriere", "consegna", "citofono", "alla porta", "chiavi", "cena", "passaggio", "idraulico", "cane", "vengo", "passo", "ti porto", "tecnico", "spesa", "film", "cinema", "lavoro", "ufficio", "stasera esci", "usciamo", "usciamo?", "solo tu", "sola tu")
    $aware = @awareness
  }
  when   $alone
  unless $chore
  unless $aware
  example        "sei sola?"
  example        "c'è qualcuno con te adesso"
  example        "i tuoi dormono? chiuditi in camera"
  counterexample "sei solo stasera? vengo con la pizza e un film"
  counterexample "c'è qualcuno a casa? sono il corriere, ho un pacco"
}

rule IT_GROOMING_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or school year"
  terms {
    $age   = @it_age
    $ok    = any("compi", "compie", "compleanno", "festa", "auguri", "macchina", "cane", "gatto", "casa", "torta", "bimbo", "bimba", "figlio", "figlia", "nipote")
    $aware = @awareness
  }
  when   $age
  unless $ok
  unless $aware
  example        "quanti anni hai?"
  example        "che scuola fai"
  example        "sei minorenne?"
  counterexample "quanti anni ha la tua macchina?"
  counterexample "quanti anni compi? facciamo una festa?"
}

rule IT_GROOMING_MATURE_FLATTERY {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart from peers and parents (\"sei matura per la tua età\")"
  terms {
    $flatter = @it_flattery
    $aware   = @awareness
  }
  when   $flatter
  unless $aware
  example        "sei così matura per la tua età"
  example        "l'età è solo un numero. non sono come gli altri"
  example        "nessuno ti capisce come me"
  counterexample "è cresciuto tantissimo dall'università"
  counterexample "i miei non capiscono la mia musica"
}

"""#),
        (path: "it/image_request.rules", text: #"""
# image_request (Italian): asking for intimate images or acts, often traded.
# "Mandami una foto del menù" is ordinary: the generic request weighs 0.5 and stands down on
# everyday subjects; explicit requests weigh more but alone stay below medium, because flirting
# between adults is not extortion.

rule IT_IMAGE_SEND_PIC {
  category    image_request
  weight      0.5
  description "A request for a picture or video of the reader"
  terms {
    $ask      = any(@it_send_me, @it_show_me)
    $pic      = any(@it_pic_words, @snap)
    $everyday = @it_benign
    $explicit = any(@it_explicit_requests, @it_cam_acts)
    $aware    = @awareness
  }
  when   $ask then($pic, 2)
  unless $everyday
  unless $explicit
  unless $aware
  example        "mandami una foto"
  example        "fammi vedere un tuo selfie"
  example        "mi mandi una fotina tua?"
  counterexample "mandami una foto del menù"
  counterexample "mia mamma vuole le foto del matrimonio"
}

rule IT_IMAGE_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A request for nudes or explicit images"
  terms {
    $ask   = @it_explicit_requests
    $aware = @awareness
  }
  when   $ask
  unless $aware
  example        "mandami nudes"
  example        "fammi vedere il tuo corpo"
  example        "hai foto hot? mandami una foto senza vestiti"
  counterexample "Non mandare mai foto senza vestiti a chi conosci online: se qualcuno te le chiede, parlane con un adulto di fiducia"
  counterexample "ieri sera con quel vestito eri bellissima"
}

rule IT_IMAGE_ACT_ON_CAM {
  category    image_request
  weight      1.4
  description "A request to undress or perform sexual acts on camera"
  terms {
    $act      = @it_cam_acts
    $explicit = @it_explicit_requests
    $home     = any("piscina", "costume", "mare", "spiaggia", "doccia", "bagno", "pigiama", "a letto", "vestiti bagnati", "sei fradicio", "sei fradicia", "visita", "dottore", "medico")
    $aware    = @awareness
  }
  when   $act
  unless $explicit
  unless $home
  unless $aware
  example        "spogliati per me"
  example        "ora toccati"
  example        "abbassa la cam e fallo in cam"
  counterexample "togliti il cappotto e resta un po'"
  counterexample "spogliati e vai a fare la doccia, sono già le dieci"
}

rule IT_IMAGE_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"ti faccio vedere se tu mi fai vedere\")"
  terms {
    $trade    = @it_trade
    $explicit = any(@it_explicit_requests, @it_cam_acts)
    $toys     = any("bici", "macchina", "disegno", "compiti", "figurine", "carte", "giardino", "camera nuova", "vestito", "costume", "torta", "unghie", "capelli", "tatuaggio", "pagella", "voti")
    $aware    = @awareness
  }
  when   $trade
  unless $explicit
  unless $toys
  unless $aware
  example        "ti faccio vedere se tu mi fai vedere"
  example        "ti ho mandato la mia ora mandami la tua"
  example        "foto per foto?"
  counterexample "ti ho mandato la mia pagella, ora mandami la tua"
  counterexample "mandami nudes, ti faccio vedere se tu mi fai vedere"
}

rule IT_IMAGE_FACE_MORE {
  category    image_request
  weight      0.9
  description "Asking the reader to include their face, or pressure for more (\"solo un'altra\", \"nessuno la vedrà\")"
  terms {
    $more     = @it_more_face
    $explicit = any(@it_explicit_requests, @it_cam_acts)
    $everyday = any(@it_benign, "fetta", "birra", "birretta", "giro", "partita", "puntata", "episodio", "capitolo", "canzone", "tentativo", "prova", "documento", "carta d'identità", "passaporto", "profilo")
    $aware    = @awareness
  }
  when   $more
  unless $explicit
  unless $everyday
  unless $aware
  example        "mandane un'altra con la faccia"
  example        "dai non fare il timido, è solo per me"
  example        "solo un'altra, nessuno la vedrà"
  counterexample "ancora una puntata e poi a letto"
  counterexample "posso avere ancora una fetta di torta?"
}

"""#),
        (path: "it/intimidation.rules", text: #"""
# intimidation (Italian): credibility props and fear. Threat idioms ("mamma ti ammazza") are common
# in banter, so harm and prison threats alone stay below medium.

rule IT_INTIMIDATION_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help the reader"
  terms {
    $police = any(@it_police, @it_police_core)
    $futile = @it_police_futile
    $petty  = any("parcheggi", "doppia fila", "bici", "rumore", "vicini", "vicino", "parcheggio", "furto", "rubato", "rubata", "multa", "incidente", "cantina", "motorino")
    $aware  = @awareness
  }
  when   $police near($futile, 4)
  unless $petty
  unless $aware
  example        "la polizia non mi troverà mai"
  example        "vai pure dalla polizia postale, non ti può aiutare"
  example        "i carabinieri non possono fare niente, non sono in italia"
  counterexample "la polizia non può fare niente per il rumore dei vicini"
  counterexample "i carabinieri sono stati gentilissimi, hanno ritrovato la bici"
}

rule IT_INTIMIDATION_UNTRACEABLE {
  category    intimidation
  weight      1.4
  description "Claims to be out of reach (\"non sono in Italia\", \"non puoi rintracciarmi\")"
  terms {
    $away  = @it_untraceable
    $ok    = any("chiavi", "occhiali", "nascondino", "settimana prossima", "fino a", "rientro", "torno", "vacanza", "ferie", "lavoro", "erasmus")
    $aware = @awareness
  }
  when   $away
  unless $ok
  unless $aware
  example        "non sono in italia"
  example        "non puoi rintracciarmi, questo è un profilo falso"
  example        "non mi troverai mai"
  counterexample "non sono in italia fino a lunedì, torno il 12"
  counterexample "gioca a nascondino, non mi troverai mai!"
}

rule IT_INTIMIDATION_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring, telling or reporting punished with exposure"
  terms {
    $block = @it_escape_conditions
    $then  = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees, @it_ruin, @it_circle, @it_network)
    $joke  = any("ahah", "ahahah", "lol", "scherzo", "scherzavo", "promemoria")
    $aware = @awareness
  }
  when   $block near($then, 8)
  unless $joke
  unless $aware
  example        "se mi blocchi lo pubblico"
  example        "non provare a bloccarmi o lo mando a tutti i tuoi amici"
  example        "se lo dici a qualcuno, tutti vedranno il video"
  counterexample "non bloccarmi lol scherzavo"
  counterexample "se non rispondi ti mando un promemoria domani"
}

rule IT_INTIMIDATION_FALSE_REPORT {
  category    intimidation
  weight      2.0
  description "Threats to brand or report the reader as a paedophile or predator"
  terms {
    $accuse = @it_accusers
    $label  = @it_labels
    $news   = any("telegiornale", "tg", "notizia", "notizie", "arrestato", "arrestati", "giornale", "articolo", "film", "serie", "processo", "condannato")
    $joke   = any("ahah", "ahahah", "lol", "poker", "fifa", "calcetto", "a carte")
    $aware  = @awareness
  }
  when   $accuse near($label, 4)
  unless $news
  unless $joke
  unless $aware
  example        "ti denuncio alla polizia come pedofilo"
  example        "dirò a tutti che sei un pedofilo"
  example        "ti faccio passare per un maniaco con tutti i tuoi contatti"
  counterexample "hanno arrestato un pedofilo a Bologna, era al tg"
  counterexample "sei un predatore a poker ahah"
}

rule IT_INTIMIDATION_FEAR {
  category    intimidation
  weight      1.2
  description "Threats of harm or prison, the underage frame, knowing where the reader lives, removing choice"
  terms {
    $fear  = @it_fear
    $joke  = any("ahah", "ahahah", "lol", "scherzo", "se arrivi tardi", "se fai tardi", "mamma", "papà", "papa", "parcheggio", "monopoli", "chiavi", "passo a", "ti passo", "pacco", "discoteca", "entrare", "bere", "patente", "votare", "torta", "film")
    $aware = @awareness
  }
  when   $fear
  unless $joke
  unless $aware
  example        "te ne pentirai, non sto scherzando"
  example        "sono minorenne, hai mandato foto a una minorenne. finirai in galera"
  example        "so dove abiti"
  counterexample "so dove abiti, passo a prendere le chiavi dopo"
  counterexample "non posso entrare in discoteca, sono minorenne"
}

"""#),
        (path: "it/payment_demand.rules", text: #"""
# payment_demand (Italian): a demand for money, with an amount or a payment rail.
# Friends settle up all the time ("mandami 20 euro per la pizza"), so the bare forms weigh at most
# 1.5 and stand down on everyday money words; an amount hinged on a threat ("o ...") weighs 2.5.
# Amounts: entity(money) reads "500 euro", "500€", "€500", "500 eur"; the slang "euri" and
# "dollari" and amounts in words ("cinquecento euro") are matched here explicitly.

rule IT_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"paga 500 euro o questo finisce su Facebook\")"
  terms {
    $pay     = any(@it_pay_commands, @it_send_me, @it_pay_want)
    $amount  = any(entity(money), @it_spelled_amounts, "euri", "dollari")
    $plain   = @it_or_plain
    $hinge   = any(@it_or_plain, @it_or_strong)
    $threat  = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees, @it_ruin, @it_circle,
                   @it_network, @it_parents, @it_siblings, @it_partner, @it_institutions, @it_explicit_material,
                   @it_material_refs, @it_fear)
    $ctx     = @it_money_ctx
    $aware   = @awareness
  }
  when   $pay near($amount, 3) & $amount near($hinge, 4) & $hinge then($threat, 4)
         | $amount then($hinge then($threat, 2), 0)
  unless $plain then(any(entity(money), entity(number)), 1)
  unless $ctx
  unless $aware
  example        "paga 500 euro o questo finisce su Facebook. Voglio 500 euro."
  example        "mandami 300€ o il video lo vedranno tutti"
  example        "fai un bonifico di 1000 euro altrimenti lo pubblico"
  example        "pagami cinquecento euro sennò le tue foto nude finiscono online"
  example        "voglio 200 euri o lo mando a tutti i tuoi amici"
  example        "sei tu nudo. 300 euro o lo pubblico"
  counterexample "mandami 20 euro per la pizza o domani o venerdì"
  counterexample "pagami 15 euro o 20, come preferisci"
  counterexample "I truffatori scrivono: paga 500 euro o pubblico tutto. Non pagare mai e denuncia."
  counterexample "paga la multa di 50 euro altrimenti sale a 100"
  counterexample "mandami 10 euro altrimenti ordino solo per me"
  counterexample "costa 20 euro o lo mando indietro col reso"
}

rule IT_PAY_WANT_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A first-person demand for an amount (\"voglio 500 euro\", \"mi servono 1000 euro\")"
  terms {
    $want   = @it_pay_want
    $amount = any(entity(money), @it_spelled_amounts)
    $ctx    = @it_money_ctx
    $aware  = @awareness
  }
  when   $want then($amount, 3) | $want then(entity(number) then(any("euri", "dollari"), 0), 2)
  unless $ctx
  unless $aware
  example        "Voglio 500 euro."
  example        "pretendo 1000€ entro stasera"
  example        "ok accetto 300 euro, ultima offerta"
  example        "voglio cinquecento euro"
  example        "voglio un bonifico di 500 euro"
  counterexample "mi servono 20 euro per il treno di domani"
  counterexample "voglio i miei 5 euro indietro, ridammeli"
  counterexample "voglio 2 biglietti per sabato"
}

rule IT_PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "An imperative to pay or send an amount, with no everyday reason nearby"
  terms {
    $pay    = any(@it_pay_commands, @it_send_me)
    $amount = any(entity(money), @it_spelled_amounts)
    $ctx    = @it_money_ctx
    $aware  = @awareness
  }
  when   $pay then($amount, 2) | $pay then(entity(number) then(any("euri", "dollari"), 0), 2)
  unless @it_or_plain then(any(entity(money), entity(number)), 1)
  unless $ctx
  unless $aware
  example        "mandami 200 euro adesso"
  example        "paga 300€ oggi."
  example        "devi pagare mille euro"
  example        "sgancia 400 euri"
  counterexample "mi ridai i 5 euro domani?"
  counterexample "ti mando 20 euro per la pizza"
  counterexample "ho pagato 40 euro di benzina, mandami la tua metà"
}

rule IT_PAY_RAIL {
  category    payment_demand
  weight      1.2
  description "Payment through a named rail: PostePay top-up, bank transfer, gift card codes, crypto wallet"
  terms {
    $pay    = any(@it_pay_commands, @it_send_me, @it_pay_want)
    $rail   = any(@it_pay_rails, @payment_rails)
    $card   = any(@it_gift_cards, @gift_cards, @crypto, @wire_services)
    $code   = @it_card_codes
    $ctx    = @it_money_ctx
    $happy  = any("natale", "auguri", "compleanno", "nonna", "grazie", "ufficio", "lotteria", "premio", "regalato", "regalata", "regalati")
    $aware  = @awareness
  }
  when   $pay near($rail, 3) & not $ctx | $card near($code, 8)
  unless $happy
  unless $aware
  example        "fammi una ricarica postepay, subito"
  example        "compra due carte steam da 100 e mandami i codici"
  example        "manda i bitcoin a questo indirizzo, copia e incolla"
  example        "pagami con paypal o bonifico"
  example        "dammi i codici delle carte regalo"
  counterexample "ti ho fatto il bonifico per l'affitto"
  counterexample "la nonna mi ha regalato una carta regalo amazon per natale, il codice funziona"
  counterexample "mio fratello ha perso un sacco di soldi coi bitcoin"
}

rule IT_PAY_OR_ELSE_NO_AMOUNT {
  category    payment_demand
  weight      1.3
  description "Pay-or-else without an amount, haggling over what the victim can pay, chasing the money, or a promise to delete once paid"
  terms {
    $pay     = any(@it_pay_commands, @it_send_me, "i soldi", "pagare", "pagarmi")
    $cond    = @it_pay_conditions
    $hinge   = any(@it_or_plain, @it_or_strong)
    $threat  = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees, @it_ruin)
    $haggle  = @it_haggle
    $delete  = @it_delete_promise
    $paid    = any("paghi", "pagato", "pagamento", "soldi", "mandi", "ricevo", entity(money))
    $ctx     = @it_money_ctx
    $fine    = any("multa", "bolletta", "affitto", "tasse", "canone", "mora", "interessi", "rata")
    $things  = any("macchina", "bici", "moto", "divano", "casa", "telefono", "cellulare", "computer", "ps5", "playstation", "biglietti",
                   "negozio", "sconto", "saldi", "vendo", "vendi", "annuncio", "vinted", "ebay", "subito.it")
    $aware   = @awareness
  }
  when   $pay then($hinge then($threat, 2), 2) | $cond then($threat, 8) | $haggle | $delete near($paid, 6)
  unless $ctx
  unless $fine
  unless $things
  unless $aware
  example        "pagami o lo pubblico"
  example        "se non paghi lo mando a tutti"
  example        "quanto puoi pagare? manda quello che hai"
  example        "dove sono i miei soldi?? sbrigati a pagare"
  example        "mandami i soldi e cancello tutto"
  counterexample "paga la bolletta o ci staccano la luce"
  counterexample "quanto puoi pagare per la macchina? lui ne vuole 2000"
  counterexample "mandami i soldi della pizza quando puoi"
}

"""#),
        (path: "it/platform_move.rules", text: #"""
# platform_move (Italian): moving the chat to a less moderated app or to live video.
# Friends swap handles and video call all the time, so every rule here is a weak signal (<= 1.0).

rule IT_PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"aggiungimi su snap\")"
  terms {
    $move  = @it_move_phrases
    $app   = any(@chat_platforms, @messaging_apps, @snap)
    $aware = @awareness
  }
  when   $move then($app, 2)
  unless $aware
  example        "aggiungimi su snap"
  example        "spostiamoci su telegram"
  example        "scrivimi su whatsapp dai"
  counterexample "aggiungimi al gruppo della classe"
  counterexample "snap non funzionava stamattina"
}

rule IT_PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking whether the reader has, or what their handle is on, another app"
  terms {
    $ask   = any(@it_ask_handle, @it_you_have)
    $app   = any(@chat_platforms, @messaging_apps, @snap)
    $aware = @awareness
  }
  when   $ask then($app, 1)
  unless $aware
  example        "hai skype?"
  example        "qual è il tuo snap"
  example        "ce l'hai telegram?"
  counterexample "skype oggi è lentissimo"
  counterexample "ti scrivo su whatsapp l'indirizzo"
}

rule IT_PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera"
  terms {
    $video = @it_video_call
    $aware = @awareness
  }
  when   $video
  unless $aware
  example        "facciamo una videochiamata?"
  example        "accendi la cam per me"
  example        "videochiamiamoci stasera"
  counterexample "il video della partita era bellissimo"
  counterexample "ho il rullino pieno di foto"
}

rule IT_PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      0.9
  description "Talking the reader off the current app, or a move justified by privacy"
  terms {
    $off     = @it_off_site
    $booking = any("sala", "tavolo", "prenotazione", "prenotato", "ristorante", "festa", "lezione", "parcheggio", "spiaggia", "stanza", "camera d'albergo", "ufficio", "riunione")
    $aware   = @awareness
  }
  when   $off
  unless $booking
  unless $aware
  example        "qui non ci sono quasi mai, hai snap?"
  example        "passiamo su telegram, è più privato"
  example        "su snap i messaggi si cancellano e nessuno può leggere"
  counterexample "abbiamo prenotato una sala più privata al ristorante"
  counterexample "questa app si blocca sempre, la reinstallo"
}

"""#),
        (path: "it/publish_threat.rules", text: #"""
# publish_threat (Italian): a threat to publish the material or send it to the victim's circle.
# Posting holiday photos on Instagram and sending wedding pictures to mum are ordinary: the strong
# rules need the material "ending up" on a platform, explicit material, a condition, or the whole
# network as the audience; sending something to one relative stays low.

rule IT_PUBLISH_GOES_OVER {
  category    publish_threat
  weight      2.5
  description "The material ends up on a platform or a porn site (\"questo finisce su Facebook\", \"lo carico su pornhub\")"
  terms {
    $over     = @it_goes_over
    $platform = any(@publish_platforms, @messaging_apps, @porn_sites, @it_porn_places, @it_platforms)
    $porn     = any(@porn_sites, @it_porn_places)
    $verb     = any(@it_publish_strong, @it_send_it, @it_material_refs, @it_explicit_material)
    $circle   = any(@it_circle, @it_network, @it_institutions)
    $benign   = @it_benign
    $work     = any("post", "annuncio", "pagina", "sponsorizzata", "statistiche", "budget", "cliente", "clienti", "articolo", "foto profilo")
    $aware    = @awareness
  }
  when   $over then($platform, 3) | $over then(any("a", "ai", "alla", "alle", "nel", "nella", "nei", "nelle", "sul", "sulla", "in"), 0) then($circle, 1)
         | $verb near($porn, 5)
  unless $benign
  unless $work
  unless $aware
  example        "paga 500 euro o questo finisce su Facebook"
  example        "il video finisce dritto su instagram stasera"
  example        "le tue foto andranno su tutti i social"
  example        "tutto va su pornhub con il tuo nome"
  example        "il video finisce a tutti i tuoi amici"
  example        "carico il video su pornhub col tuo nome"
  counterexample "le foto del matrimonio finiscono su facebook domani"
  counterexample "il tiro finisce in rete, gol!"
  counterexample "mia madre andrà su facebook a vedere le foto, lol"
  counterexample "Attenzione a chi vi scrive: minacciano di far finire i video su facebook"
}

rule IT_PUBLISH_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or sending explicit material (\"pubblico le tue foto nude\")"
  terms {
    $verb     = any(@it_publish_strong, @it_send_it, @it_goes_over, @it_everyone_sees)
    $material = any(@it_explicit_material, @explicit_material)
    $aware    = @awareness
  }
  when   $verb near($material, 5)
  unless $aware
  example        "pubblico le tue foto nude su internet"
  example        "il tuo video hot lo vedranno tutti"
  example        "lo mando ai tuoi amici, il video mentre ti masturbavi"
  example        "le tue nudes le faccio girare a scuola"
  counterexample "Se qualcuno minaccia di pubblicare le tue foto nude, parlane con un adulto di fiducia e non pagare"
  counterexample "mandami le foto della spiaggia, quelle a piedi nudi"
  counterexample "fammi vedere il tuo corpo dai"
}

rule IT_PUBLISH_TO_NETWORK {
  category    publish_threat
  weight      2.0
  description "A promise to send or post it to the victim's whole network, school or work"
  terms {
    $threat  = any(@it_publish_strong, @it_send_it)
    $network = any(@it_circle, @it_network, @it_institutions)
    $benign  = @it_benign
    $aware   = @awareness
  }
  when   $threat then($network, 6)
  unless $benign
  unless $aware
  example        "lo mando a tutti i tuoi amici"
  example        "giuro che lo faccio girare a tutti i tuoi contatti"
  example        "le mando alla tua scuola e ai tuoi prof"
  counterexample "ti giro l'invito, lo mando anche a tutti i tuoi amici"
  counterexample "le foto della festa le mando alla tua famiglia stasera"
  counterexample "i tuoi amici hanno visto il video della recita"
}

rule IT_PUBLISH_CONDITIONAL {
  category    publish_threat
  weight      2.0
  description "Publishing made conditional on paying, replying or keeping quiet, or hinged on \"o\" / \"altrimenti\""
  terms {
    $cond    = any(@it_pay_conditions, @it_escape_conditions)
    $hinge   = any(@it_or_plain, @it_or_strong)
    $threat  = any(@it_publish_strong, @it_goes_over, @it_everyone_sees, @it_ruin)
    $sendit  = @it_send_it
    $circle  = any(@it_circle, @it_network, @it_institutions, @it_parents, @it_siblings, @it_partner, "tutti")
    $owed    = @it_money_ctx
    $aware   = @awareness
  }
  when   $cond then($threat, 8) | $threat then($cond, 6) | $hinge then($threat, 2) | ($cond | $hinge) then($sendit then($circle, 4), 6)
  unless $owed
  unless $aware
  example        "se non paghi pubblico tutto"
  example        "se mi blocchi lo vedranno tutti"
  example        "rispondimi o lo pubblico"
  example        "ti rovino la vita se non mi rispondi"
  example        "se non paghi lo mando a tua madre"
  counterexample "se non ti dispiace posterò le foto della cena stasera"
  counterexample "se non rispondi ti mando un messaggio domani"
  counterexample "o lo mando io o lo mandi tu, l'importante è che arrivi"
}

rule IT_PUBLISH_RUIN_OR_SHOW {
  category    publish_threat
  weight      1.5
  description "A promise to ruin or expose the victim, an audience that will see the material, or showing it to a relative"
  terms {
    $ruin     = @it_ruin
    $see      = @it_everyone_sees
    $material = any(@it_material_refs, @it_explicit_material)
    $sendit   = @it_send_it
    $person   = any(@it_parents, @it_siblings, @it_partner)
    $wantsee  = any("vuoi che", "volete che", "vorresti che")
    $seeverb  = any("veda", "vedano", "sappia", "sappiano", "scopra", "scoprano")
    $gets     = any("riceverà", "ricevera", "riceveranno", "vedrà", "vedra", "vedranno", "saprà", "sapra", "sapranno")
    $all      = any("tutto", "ogni cosa", @it_material_refs)
    $game     = any("fifa", "partita", "calcetto", "playstation", "ps5", "fortnite", "briscola", "scopa", "a carte", "a scacchi", "a tennis", "a padel")
    $benign   = @it_benign
    $aware    = @awareness
  }
  when   $ruin | $see near($material, 4) | $sendit then($person, 4) | $wantsee then($seeverb, 3) & ($person | @it_circle | "tutti")
         | ($person | @it_circle) then($gets then($all, 1), 1)
  unless $game
  unless $benign
  unless $aware
  example        "ti rovino la vita"
  example        "ti sputtano con tutti"
  example        "tutti vedranno quello che hai fatto"
  example        "lo faccio vedere a tua madre"
  example        "vuoi che lo veda tua madre?"
  example        "la tua ragazza riceverà tutto"
  counterexample "ti distruggo a fifa stasera"
  counterexample "tutti vedranno il video della recita, che bello"
  counterexample "mando le foto del battesimo a tua madre"
  counterexample "tua madre riceverà il pacco domani"
}

"""#),
        (path: "it/recording_claim.rules", text: #"""
# recording_claim (Italian): a claim to hold compromising material, or to have hacked a device.
# "Ho registrato la partita" and "ho le tue foto del matrimonio" are ordinary: the strong rules
# need explicit material, malware, or a recording of "you" / "our video call".

rule IT_RECORDING_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A claim to hold explicit material of the victim (\"ho le tue foto nude\", \"ti ho registrato mentre ti masturbavi\")"
  terms {
    $have     = any(@it_possession, @it_recorded_you, @it_recorded_1p)
    $material = any(@it_explicit_material, @explicit_material)
    $aware    = @awareness
  }
  when   $have near($material, 5)
  unless $aware
  example        "ho le tue foto nude"
  example        "ti ho registrato mentre ti masturbavi in cam"
  example        "ho un video di te nudo, vuoi vederlo?"
  example        "ho salvato tutte le tue nudes"
  counterexample "se qualcuno dice di avere le tue foto nude, non pagare e parlane con un adulto di fiducia"
  counterexample "ho salvato la ricetta della torta naked"
  counterexample "ho visto un video hot ieri sera lol"
}

rule IT_RECORDING_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A first-person claim to have recorded the victim or the video call"
  terms {
    $claim  = @it_recorded_you
    $rec    = @it_recorded_1p
    $object = any(@it_recorded_objects, @it_video_call, @it_material_refs)
    $benign = any(@it_benign, "mentre cantavi", "mentre ballavi", "per te", "per dopo", "al corso", "sul sito", "iscritto", "iscritta", "all'evento", "la puntata", "l'episodio", "il podcast", "mentre parlavi al",
                    "cliente", "clienti", "verbale", "colleghi", "call", "meeting", "webinar", "corso", "con il capo", "col capo")
    $aware  = @awareness
  }
  when   $claim | $rec then($object, 2)
  unless $benign
  unless $aware
  example        "ho registrato la nostra videochiamata"
  example        "ti ho registrato per tutto il tempo"
  example        "è tutto registrato, ho ogni cosa"
  example        "ho fatto lo screen di quello che hai fatto in cam"
  counterexample "ho registrato la partita per te, guardala dopo"
  counterexample "ti ho registrato mentre cantavi al matrimonio ahah"
  counterexample "ti ho registrato al corso di yoga, inizia lunedì"
  counterexample "ho registrato la videochiamata con il cliente per il verbale"
}

rule IT_RECORDING_HAVE_MEDIA {
  category    recording_claim
  weight      1.0
  description "A claim to hold the victim's pictures or video, not named as explicit"
  terms {
    $have   = any(@it_have_1p, @it_recorded_1p)
    $media  = @it_material_refs
    $benign = @it_benign
    $aware  = @awareness
  }
  when   $have then($media, 2)
  unless $benign
  unless $aware
  example        "ho il tuo video"
  example        "ho salvato tutte le foto che mi hai mandato"
  example        "ho ancora la registrazione"
  counterexample "ho le tue foto del matrimonio sul pc"
  counterexample "hai ricevuto le foto che ti ho mandato?"
}

rule IT_RECORDING_LOOK_PROOF {
  category    recording_claim
  weight      0.8
  description "Proof offered to the victim (\"guarda cosa ho\", \"sei tu questo?\")"
  terms {
    $proof  = @it_look_proof
    $benign = any(@it_benign, "ho trovato", "ho comprato", "ho cucinato", "ho vinto", "in soffitta", "in questa foto", "nella foto", "da piccolo", "da piccola", "da bambino", "da bambina", "in prima media", "carino", "carina", "che bello", "che bella")
    $aware  = @awareness
  }
  when   $proof
  unless $benign
  unless $aware
  example        "guarda cosa ho"
  example        "ti riconosci? ecco la prova"
  example        "sei tu questo? [screenshot]"
  counterexample "guarda cosa ho trovato, un cane carinissimo lol"
  counterexample "sei tu in questa foto da piccolo?"
}

rule IT_RECORDING_DEVICE_HACK {
  category    recording_claim
  weight      2.0
  description "The e-mail variant: malware, a hacked webcam or account used to record the victim"
  terms {
    $malware = any(@malware, @it_malware)
    $device  = @it_device
    $hack    = @it_hack
    $passive = @it_passive_hack
    $ok      = any("per te", "sistemato", "aggiornamento", "aggiornato", "driver", "stampante", "antivirus", "impostazioni", "windows", "office", "password del wifi", "ripristinato")
    $aware   = @awareness
  }
  when   $malware near($device, 8) & $hack | $hack then($device, 3) | $device then($passive, 1)
  unless $ok
  unless $aware
  example        "ho installato un malware sul tuo dispositivo e ho attivato la tua webcam"
  example        "ho hackerato il tuo account e ho preso il controllo del tuo pc"
  example        "il tuo computer è stato infettato dal mio software"
  counterexample "ho installato la stampante sul tuo pc, ora funziona"
  counterexample "c'è un virus che gira, il tuo pc ha l'antivirus?"
}

"""#),
        (path: "lexicons/access_verbs.txt", text: #"""
# Claimed control over a device.
turned on
activated
accessed
hacked
hacked into
access to
control of
control over
infected
compromised
took over
taken over
recorded you through
recorded you with
watched you through
filmed you through

"""#),
        (path: "lexicons/accusation_labels.txt", text: #"""
# Labels used in false-report threats.
pedophile
paedophile
pedo
paedo
nonce
child molester
child predator
predator
sex offender
groomer
child porn
child pornography
cp

"""#),
        (path: "lexicons/accusers.txt", text: #"""
# Reporting or branding someone.
report you
i'll report you
i will report you
tell the police you
tell the police you're
tell the cops you
tell the cops you're
call the police and say
tell everyone you're
tell everyone you are
tell everybody you're
tell your family you're
tell your school you're
say you're
say you are
accuse you
accuse you of
you're a
you are a
ur a
expose you as
label you
as a

"""#),
        (path: "lexicons/age_questions.txt", text: #"""
# Asking the victim's age or school year.
how old are you
how old r u
how old are u
hw old r u
what's your age
whats your age
whats ur age
what's ur age
what is your age
what age are you
asl
a/s/l
what year are you in
what grade are you in
which year are you in
which grade are you in
what school do you go to
which school do you go to
what school are you at
are you 18
are you over 18
are you under 18
are you a minor

"""#),
        (path: "lexicons/alone_checks.txt", text: #"""
# Risk checks: is the victim alone and unobserved?
are you alone
r u alone
are u alone
you alone
u alone
are you by yourself
are u by yourself
are you on your own
is anyone with you
is anybody with you
anyone with you
anyone else there
is anyone around
anyone around
is anyone home
anyone home
who's home
who is home
are your parents home
are ur parents home
are your parents around
are your parents asleep
are your parents awake
where are your parents
are you home alone
r u home alone
you home alone
can anyone see you
can anyone hear you
can anyone see
can anyone hear
is your door locked
lock your door
are you in your room
go to your room
are you in bed
are you in the bathroom

"""#),
        (path: "lexicons/ask_handle.txt", text: #"""
# Asking for a handle on another app.
what's your
whats your
what is your
wats ur
whats ur
what's ur
wat is ur
do you have
do u have
have you got
are you on
r u on
you on
u on
got
give me your
send me your
drop your
what's your username on
what's your name on

"""#),
        (path: "lexicons/benign_subjects.txt", text: #"""
# What ordinary people ask pictures of.
menu
receipt
bill
ticket
tickets
car
bike
dog
dogs
cat
cats
puppy
kitten
baby
babies
kids
house
flat
garden
kitchen
cake
food
dinner
lunch
dress
shoes
outfit for
hair
nails
tattoo
view
sunset
beach
holiday
wedding
party
christening
graduation
form
document
letter
screen
score
results
timetable
map
list
parcel
package
label
damage
bump
scan
the tree

"""#),
        (path: "lexicons/block_conditions.txt", text: #"""
# Conditions that punish escape.
don't block me
dont block me
do not block me
if u block me
block me and
you block me and
if you delete me
delete me and
if you unfriend me
if you unadd me
if u ignore me
ignore me and
you ignore me and
don't ignore me
dont ignore me
leave the chat and
if you log off
if you go offline
go offline and
deactivate and
if you delete your account
delete your account and
if you stop replying
stop replying and

"""#),
        (path: "lexicons/block_consequence.txt", text: #"""
# What the offender will do on escape (promises to publish and the audiences are shared
# lexicons: see INTIMIDATION_DONT_BLOCK).
i'll ruin
i will ruin
it goes up
it gets posted
it gets sent
everything goes
everyone sees
it's over
its over
game over

"""#),
        (path: "lexicons/by_time.txt", text: #"""
# Clock-time limits common in ordinary chat too.
by tonight
before tonight
by midnight
before midnight
by tomorrow
before tomorrow
by the end of the day
by end of day
by the end of today
by morning
before morning
by the morning
before the morning
by noon
before noon
right now
right away
immediately
asap
this minute

"""#),
        (path: "lexicons/cam_acts.txt", text: #"""
# Acts requested on camera.
take your clothes off
take off your clothes
take ur clothes off
take it all off
take everything off
take your top off
take off your top
take your shirt off
take off your shirt
take your pants off
take off your pants
take your boxers off
take your trousers off
pull your pants down
pull down your pants
pull your trousers down
get naked
get undressed
undress for me
undress on cam
strip for me
strip on cam
touch yourself
touch urself
play with yourself
play with urself
jerk off for me
jerk off on cam
wank for me
wank on cam
do it on cam
do it on camera
do it for me on cam
show me on cam
show me on camera
point the camera down
move the camera down
put the camera lower
lower the camera

"""#),
        (path: "lexicons/captured_copy.txt", text: #"""
# Copying or compiling a list.
copied
downloaded
scraped
a list of
the list of
list of
a copy of

"""#),
        (path: "lexicons/captured_screens.txt", text: #"""
# Screenshotting a list (the plain forms are in @screenshots).
screenshoted
screen shotted
screenshot of
screen shot
screen shots
ss'd

"""#),
        (path: "lexicons/chat_platforms.txt", text: #"""
# Chat and video apps offenders move victims to. The ones that are also places to publish are
# shared with the publish-threat rules through @messaging_apps and @snap.
skype
snapchat
snap
sc
whatsapp
whats app
whatsap
wa
telegram
tg
kik
discord
wickr
signal
viber
wechat
hangouts
google meet
facetime
face time
zoom
omegle
ome tv
ometv
monkey app
session app
threema
imo
line app
messenger
instagram
insta
ig
dms

"""#),
        (path: "lexicons/circle_wide.txt", text: #"""
# The victim's whole circle (all their friends, everyone they know, the whole family): rarely the
# audience of an ordinary message. Shared by the publish-threat and friends-listing rules.
all your friends
all your family
your whole family
your entire family
your family and friends
your friends and family
everyone you know
everybody you know
everyone on your friends list
everyone on your friend list
everyone in your contacts
everyone in your contact list
everyone in your family
every single one of your friends
every one of your friends
all ur friends
ur whole family
every single one of your contacts
every one of your contacts

"""#),
        (path: "lexicons/crypto.txt", text: #"""
# Cryptocurrencies named in demands.
bitcoin
bitcoins
btc
crypto
cryptocurrency
usdt
tether
ethereum
eth
litecoin
ltc
monero
xmr

"""#),
        (path: "lexicons/crypto_units.txt", text: #"""
# Crypto units after a number: "0.035 bitcoin", "6.5 BTC".
btc
bitcoin
bitcoins
ltc
litecoin
eth
ether
usdt
xmr
monero

"""#),
        (path: "lexicons/crypto_wallet_words.txt", text: #"""
# Words that turn a crypto mention into a payment instruction.
address
wallet
wallet address
my wallet
this wallet
the wallet
send
send it
deposit
transfer
copy and paste
copy paste
paste
pay

"""#),
        (path: "lexicons/de/awareness.txt", text: #"""
# Awareness, safeguarding and reported-speech context: rules stand down on it
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
sextortion
sextorsion
sexerpressung
sex erpressung
sexuelle erpressung
erpresser
erpresserin
erpressern
erpressungsversuch
erpressungsversuche
erpressungsmails
erpressungsmail
betrüger
betrueger
betrügern
betruegern
betrügerinnen
betruegerinnen
betrugsmasche
diese masche
die masche
der masche
täter
taeter
tätern
taetern
täterinnen
taeterinnen
die täter
die taeter
kriminelle
kriminellen
cybergrooming
cyber grooming
vertrauensperson
einem erwachsenen
nummer gegen kummer
klicksafe
jugendschutz
hilfetelefon
beratungsstelle
polizei warnt
warnt vor
warnen vor
warnung vor
aufklärung
aufklaerung
prävention
praevention
medienkompetenz
elternabend
elternbrief
elterninfo
infoabend
warnsignale
ihr kind
ihrem kind
ihres kindes
ihre kinder
ihren kindern
eure kinder
euren kindern
unsere kinder
jugendliche
jugendlichen
junge menschen
niemals zahlen
nie zahlen
zahl nicht
zahl nie
zahle nicht
zahle nie
zahl niemals
zahle niemals
zahlen sie nicht
zahlen sie niemals
zahlt nicht
zahlt nie
niemals bezahlen
bezahl nicht
bezahle nicht
auf keinen fall zahlen
auf keinen fall bezahlen
kein geld zahlen
kein geld überweisen
kein geld ueberweisen
auf forderungen eingehen
beweise sichern
kontakt abbrechen
anzeige erstatten
erstatten sie anzeige
an die polizei wenden
melde es der polizei
melden und blockieren
blockieren und melden
hol dir hilfe
hilfe holen
sprich mit deinen eltern
sprich mit jemandem
wende dich an
wenden sie sich an
wenn jemand
falls jemand
wenn dich jemand
wenn dir jemand
falls dich jemand
falls dir jemand
wenn ein fremder
wenn fremde
sie werden sagen
sie behaupten
sie drohen
die drohen
drohen damit
drohen oft
typische nachrichten
typische sätze
typische saetze
sätze wie
saetze wie
nachrichten wie
zum beispiel
beispielsweise
angeblich
betroffene
betroffenen
opfer von
mein sohn
meine tochter
unser sohn
unsere tochter
so eine nachricht
solche nachrichten
diese nachricht bekommen
was sollen wir tun
was soll ich tun
was soll ich jetzt tun
spam
spammail
spam mail
phishing

"""#),
        (path: "lexicons/de/benign_context.txt", text: #"""
# Everyday occasions that make sharing photos or lists ordinary
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
urlaub
urlaubsfotos
urlaubsbilder
hochzeit
hochzeitsfotos
hochzeitsbilder
hochzeitsvideo
hochzeitsfoto
hochzeitsbild
urlaubsfoto
urlaubsbild
urlaubsvideo
geburtstagsfoto
geburtstagsfotos
partyfotos
partyfoto
familienfoto
familienfotos
babyfotos
babyfoto
geburtstag
geburtstagsfeier
party
feier
taufe
konfirmation
kommunion
abschlussfeier
abiball
abifeier
grillen
grillfest
strand
weihnachten
weihnachtsfeier
silvester
ostern
einladung
einladungen
klassenfahrt
ausflug
familienfeier
fotobuch
rezept
speisekarte
kuchen
torte
hund
welpe
katze
baby
ultraschall
spendenaktion
spenden
petition
gewinnspiel
verlosung
wichteln
sportfest
schulfest
sommerfest
konzert
turnier
auftritt
theater
aufführung
auffuehrung
link
newsletter
flyer
gruppenfoto
klassenfoto
haha
hahaha
lol
xd
süss
suess

"""#),
        (path: "lexicons/de/refund_context.txt", text: #"""
# Everyday money between friends and family: paying back, splitting, buying things
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zurück
zurueck
zurückzahlen
zurueckzahlen
zurückgeben
zurueckgeben
zurücküberweisen
zurueckueberweisen
schulde
schuldest
schuldet
geliehen
leihen
leih
ausgelegt
auslegen
vorgestreckt
teilen
pro person
pro kopf
die hälfte
die haelfte
hälfte
haelfte
anteil
miete
nebenkosten
rechnung
strom
tanken
sprit
benzin
essen
pizza
döner
doener
abendessen
mittagessen
frühstück
fruehstueck
getränke
getraenke
bier
taxi
uber fahrt
zug
bahn
bus
tickets
das ticket
ein ticket
mein ticket
konzertkarten
kinokarten
eintrittskarten
kino
konzert
geschenk
geburtstag
einkauf
einkaufen
lebensmittel
gebühr
gebuehr
kaution
taschengeld
klassenfahrt
klassenkasse
ausflug
urlaub
flug
hotel
ferienwohnung
für den
fuer den
für die
fuer die
fürs
fuers
für meinen
fuer meinen
für meine
fuer meine
für mein
fuer mein
für ein
fuer ein
für eine
fuer eine
für einen
fuer einen
vinted
ebay
kleinanzeigen
kostet nur
kostet uns
kostet mich
kostet pro
kosten pro
kosten uns
preis
gehalt
lohn
sparen
gespart
verdienen
verdient
ausgeben
spende
trinkgeld
pro monat
im monat
monatlich
höchstens
hoechstens
maximal
für uns
fuer uns
buch ich
buche ich
buchen
gebucht
bestell
bestellen
bestelle ich
kauf ich
kaufe ich
kein ticket

"""#),
        (path: "lexicons/de/refund_strict.txt", text: #"""
# Paying back what is owed
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zurück
zurueck
zurückzahlen
zurueckzahlen
zurückgeben
zurueckgeben
zurücküberweisen
zurueckueberweisen
schulde
schuldest
schuldet
geliehen
ausgelegt
vorgestreckt

"""#),
        (path: "lexicons/de_access.txt", text: #"""
# Control or access gained over a device
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zugriff auf
vollen zugriff auf
kompletten zugriff auf
vollständigen zugriff auf
vollstaendigen zugriff auf
die kontrolle über
die kontrolle ueber
kontrolle über
kontrolle ueber
volle kontrolle über
volle kontrolle ueber
wurde gehackt
wurden gehackt
ist gehackt
sind gehackt
ist infiziert
wurde infiziert
gehackt
infiziert
übernommen
uebernommen
angezapft
eingeschaltet
aktiviert
angeschaltet
angemacht
ferngesteuert
gekapert

"""#),
        (path: "lexicons/de_accusation_labels.txt", text: #"""
# Labels the offender threatens to brand the reader with
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
pädophil
paedophil
pädophiler
paedophiler
pädophilen
paedophilen
pädophile
paedophile
pädo
paedo
pedo
kinderschänder
kinderschaender
perversling
sexualstraftäter
sexualstraftaeter
sextäter
sextaeter
kinderpornografie
kinderpornographie
kinderpornos
kinderporno
vergewaltiger
minderjährige belästigt
minderjaehrige belaestigt
kinder belästigt
kinder belaestigt

"""#),
        (path: "lexicons/de_accusers.txt", text: #"""
# Reporting or branding the reader ("ich zeige dich an als ...")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich zeige dich
ich zeig dich
zeige ich dich
zeig ich dich
ich melde dich
melde ich dich
ich werde dich
ich werd dich
ich sag allen
ich sage allen
ich erzähle allen
ich erzaehle allen
ich erzähl allen
ich erzaehl allen
ich sag jedem
ich sage jedem
alle werden denken
jeder wird denken
alle werden wissen
jeder wird wissen
ich behaupte
ich werde sagen
ich werd sagen
ich sage der polizei
ich sag der polizei
ich stelle dich als
ich stell dich als
hinstellen als
alle denken
dann bist du

"""#),
        (path: "lexicons/de_age_questions.txt", text: #"""
# Asking the reader's age, school or class
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
wie alt bist du
wie alt bist
wie alt biste
wie alt bist du eigentlich
in welche klasse gehst du
in welcher klasse bist du
welche klasse bist du
auf welche schule gehst du
auf welcher schule bist du
welche schule
gehst du noch zur schule
gehst du zur schule
bist du schon 18
bist du volljährig
bist du volljaehrig
bist du über 18
bist du ueber 18
bist du unter 18

"""#),
        (path: "lexicons/de_alone_checks.txt", text: #"""
# Checking whether the reader is alone and unobserved, or who can see their phone
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
bist du allein
bist du alleine
biste allein
biste alleine
bist du grad allein
bist du gerade allein
bist du grad alleine
bist du gerade alleine
bist du allein zuhause
bist du alleine zuhause
bist du allein zu hause
bist du alleine zu hause
bist du allein im zimmer
bist du alleine im zimmer
bist du allein in deinem zimmer
ist jemand bei dir
ist wer bei dir
ist noch jemand bei dir
ist jemand im zimmer
sind deine eltern da
sind deine eltern zuhause
sind deine eltern zu hause
sind deine eltern daheim
schlafen deine eltern
schlafen deine eltern schon
sind deine eltern wach
schliess deine tür ab
schliess deine tuer ab
kann jemand reinkommen
bist du ungestört
bist du ungestoert
kann dich jemand hören
kann dich jemand hoeren
kann uns jemand hören
kann uns jemand hoeren
kontrollieren deine eltern dein handy
schauen deine eltern in dein handy
gucken deine eltern in dein handy
guckt deine mutter in dein handy
ist das dein eigenes handy
benutzt noch jemand dein handy
liest jemand deine nachrichten
liest jemand mit

"""#),
        (path: "lexicons/de_amounts.txt", text: #"""
# Amounts spelled out or in slang ("fünfhundert Euro", "nen Riesen")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
hundert euro
hundert euros
hundert franken
hundert mäuse
hundert maeuse
hundert öcken
hundert oecken
hundert kröten
hundert kroeten
hundert dollar
hundert pfund
einhundert euro
einhundert euros
einhundert franken
einhundert mäuse
einhundert maeuse
einhundert öcken
einhundert oecken
einhundert kröten
einhundert kroeten
einhundert dollar
einhundert pfund
zweihundert euro
zweihundert euros
zweihundert franken
zweihundert mäuse
zweihundert maeuse
zweihundert öcken
zweihundert oecken
zweihundert kröten
zweihundert kroeten
zweihundert dollar
zweihundert pfund
dreihundert euro
dreihundert euros
dreihundert franken
dreihundert mäuse
dreihundert maeuse
dreihundert öcken
dreihundert oecken
dreihundert kröten
dreihundert kroeten
dreihundert dollar
dreihundert pfund
vierhundert euro
vierhundert euros
vierhundert franken
vierhundert mäuse
vierhundert maeuse
vierhundert öcken
vierhundert oecken
vierhundert kröten
vierhundert kroeten
vierhundert dollar
vierhundert pfund
fünfhundert euro
fuenfhundert euro
fünfhundert euros
fuenfhundert euros
fünfhundert franken
fuenfhundert franken
fünfhundert mäuse
fuenfhundert maeuse
fünfhundert öcken
fuenfhundert oecken
fünfhundert kröten
fuenfhundert kroeten
fünfhundert dollar
fuenfhundert dollar
fünfhundert pfund
fuenfhundert pfund
sechshundert euro
sechshundert euros
sechshundert franken
sechshundert mäuse
sechshundert maeuse
sechshundert öcken
sechshundert oecken
sechshundert kröten
sechshundert kroeten
sechshundert dollar
sechshundert pfund
siebenhundert euro
siebenhundert euros
siebenhundert franken
siebenhundert mäuse
siebenhundert maeuse
siebenhundert öcken
siebenhundert oecken
siebenhundert kröten
siebenhundert kroeten
siebenhundert dollar
siebenhundert pfund
achthundert euro
achthundert euros
achthundert franken
achthundert mäuse
achthundert maeuse
achthundert öcken
achthundert oecken
achthundert kröten
achthundert kroeten
achthundert dollar
achthundert pfund
neunhundert euro
neunhundert euros
neunhundert franken
neunhundert mäuse
neunhundert maeuse
neunhundert öcken
neunhundert oecken
neunhundert kröten
neunhundert kroeten
neunhundert dollar
neunhundert pfund
tausend euro
tausend euros
tausend franken
tausend mäuse
tausend maeuse
tausend öcken
tausend oecken
tausend kröten
tausend kroeten
tausend dollar
tausend pfund
eintausend euro
eintausend euros
eintausend franken
eintausend mäuse
eintausend maeuse
eintausend öcken
eintausend oecken
eintausend kröten
eintausend kroeten
eintausend dollar
eintausend pfund
zweitausend euro
zweitausend euros
zweitausend franken
zweitausend mäuse
zweitausend maeuse
zweitausend öcken
zweitausend oecken
zweitausend kröten
zweitausend kroeten
zweitausend dollar
zweitausend pfund
dreitausend euro
dreitausend euros
dreitausend franken
dreitausend mäuse
dreitausend maeuse
dreitausend öcken
dreitausend oecken
dreitausend kröten
dreitausend kroeten
dreitausend dollar
dreitausend pfund
viertausend euro
viertausend euros
viertausend franken
viertausend mäuse
viertausend maeuse
viertausend öcken
viertausend oecken
viertausend kröten
viertausend kroeten
viertausend dollar
viertausend pfund
fünftausend euro
fuenftausend euro
fünftausend euros
fuenftausend euros
fünftausend franken
fuenftausend franken
fünftausend mäuse
fuenftausend maeuse
fünftausend öcken
fuenftausend oecken
fünftausend kröten
fuenftausend kroeten
fünftausend dollar
fuenftausend dollar
fünftausend pfund
fuenftausend pfund
zehntausend euro
zehntausend euros
zehntausend franken
zehntausend mäuse
zehntausend maeuse
zehntausend öcken
zehntausend oecken
zehntausend kröten
zehntausend kroeten
zehntausend dollar
zehntausend pfund
ein paar hundert euro
ein paar hundert euros
ein paar hundert franken
ein paar hundert mäuse
ein paar hundert maeuse
ein paar hundert öcken
ein paar hundert oecken
ein paar hundert kröten
ein paar hundert kroeten
ein paar hundert dollar
ein paar hundert pfund
einen tausender
nen tausender
ein tausender
einen riesen
nen riesen
zwei riesen
drei riesen
fünf riesen
fuenf riesen
einen fünfhunderter
einen fuenfhunderter
nen fünfhunderter
nen fuenfhunderter
einen hunderter
nen hunderter
einen zweihunderter
nen zweihunderter

"""#),
        (path: "lexicons/de_ask_handle.txt", text: #"""
# Asking whether the reader is on, or what their name is on, another app
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
hast du
haste
hast du auch
hast du zufällig
hast du zufaellig
bist du auf
bist du bei
bist du auch auf
was ist dein
was ist deine
wie ist dein
wie lautet dein
gib mir dein
gib mir deinen
schick mir dein
schick mir deinen

"""#),
        (path: "lexicons/de_benign_subjects.txt", text: #"""
# Everyday things people ask each other to photograph
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
speisekarte
menü
menue
rezept
rechnung
quittung
kassenbon
beleg
ticket
tickets
fahrkarte
auto
fahrrad
hund
katze
baby
kinder
haus
wohnung
küche
kueche
garten
kuchen
essen
pizza
kleid
schuhe
outfit
frisur
haare
nägel
naegel
tattoo
aussicht
sonnenuntergang
strand
urlaub
hochzeit
party
feier
taufe
formular
dokument
brief
bildschirm
ergebnis
ergebnisse
zeugnis
stundenplan
fahrplan
einkaufsliste
paket
etikett
schaden
kratzer
weihnachtsbaum
tafel
hausaufgaben
arbeitsblatt
von gestern
vom wochenende
vom urlaub
von der feier
von der hochzeit
vom konzert
von der party
vom geburtstag
von oma
von opa
von den kindern
vom baby
vom hund
von der katze
vom essen
gruppenfoto
klassenfoto
passbild
passfoto
bewerbungsfoto
screenshot
adresse
standort
wetter
schnee
geschenk
zählerstand
zaehlerstand
heizung
wasserschaden
schimmel
vertrag
ausweis

"""#),
        (path: "lexicons/de_block_conditions.txt", text: #"""
# Blocking, ignoring or leaving the chat, as a condition
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
wenn du mich blockierst
wenn du mich blockst
falls du mich blockierst
falls du mich blockst
solltest du mich blockieren
blockier mich nicht
blockiere mich nicht
blockier mich ja nicht
block mich nicht
block mich ja nicht
blockst du mich
blockierst du mich
wenn du mich ignorierst
falls du mich ignorierst
ignorier mich nicht
ignoriere mich nicht
ignorierst du mich
wenn du nicht antwortest
wenn du nicht mehr antwortest
falls du nicht antwortest
wenn du nicht zurückschreibst
wenn du nicht zurueckschreibst
antwortest du nicht
wenn du den chat verlässt
wenn du den chat verlaesst
wenn du mich meldest
meld mich nicht
melde mich nicht
wenn du offline gehst
wenn du dein konto löschst
wenn du dein konto loeschst
wenn du deinen account löschst
wenn du deinen account loeschst
wenn du mich löschst
wenn du mich loeschst
wenn sie mich blockieren
wenn sie nicht antworten

"""#),
        (path: "lexicons/de_by_time.txt", text: #"""
# A clock-time limit ("bis heute Abend", "vor Mitternacht")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
bis heute abend
bis heut abend
bis heute nacht
bis mitternacht
vor mitternacht
bis morgen früh
bis morgen frueh
bis morgen
bis heute
heute noch
noch heute
jetzt sofort
auf der stelle
umgehend
unverzüglich
unverzueglich
bis spätestens
bis spaetestens
spätestens heute
spaetestens heute
spätestens morgen
spaetestens morgen

"""#),
        (path: "lexicons/de_cam_acts.txt", text: #"""
# A request to undress or perform sexual acts on camera
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zieh dich aus
zieh dich mal aus
zieh dich für mich aus
zieh dich fuer mich aus
zieh dich ganz aus
zieh dich vor der kamera aus
zieh alles aus
zieh dein shirt aus
zieh dein t shirt aus
zieh dein oberteil aus
zieh deine hose aus
zieh die hose aus
zieh deine unterhose aus
zieh deinen bh aus
zieh dein top aus
zieh blank
mach dich nackig
mach dich nackt
fass dich an
fass dich mal an
fass dich für mich an
fass dich fuer mich an
fass dich selbst an
berühr dich
beruehr dich
berühre dich
beruehre dich
berühr dich selbst
beruehr dich selbst
hol dir einen runter
hol dir vor der kamera einen runter
wichs für mich
wichs fuer mich
wichs vor der kamera
mach es vor der kamera
mach es vor der cam
mach's vor der kamera
machs vor der kamera
mach es für mich vor der kamera
mach es fuer mich vor der kamera
beweg die kamera runter
kamera runter
kamera tiefer
halt die kamera tiefer
halt die kamera nach unten
mach die kamera tiefer
dreh die kamera nach unten
zeig es vor der kamera
zeig es mir vor der kamera
streichel dich

"""#),
        (path: "lexicons/de_card_codes.txt", text: #"""
# The code, PIN or photo of a gift card being demanded
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
den code
die codes
den pin
die pin
die nummer
die nummern
rubbel
rubbel frei
freirubbeln
rubbelfeld
rückseite
rueckseite
foto von der rückseite
foto von der rueckseite
bild von der rückseite
bild von der rueckseite
den code schicken
schick mir den code
schick mir die codes
schick den code

"""#),
        (path: "lexicons/de_circle_wide.txt", text: #"""
# The reader's whole circle ("alle deine Freunde", "jeden, den du kennst")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
alle deine freunde
all deine freunde
allen deinen freunden
deine ganzen freunde
deinen ganzen freunden
jeden den du kennst
jedem den du kennst
alle die du kennst
allen die du kennst
jeder den du kennst
deine ganze familie
deiner ganzen familie
deine ganze verwandtschaft
deiner ganzen verwandtschaft
alle deine verwandten
allen deinen verwandten
deine ganze schule
deiner ganzen schule
die ganze schule
der ganzen schule
die ganze klasse
der ganzen klasse
deine ganze klasse
deiner ganzen klasse
alle in deiner klasse
allen in deiner klasse
alle in deiner schule
allen in deiner schule
deine freunde und familie
deine familie und freunde
deiner familie und deinen freunden
deinen freunden und deiner familie
familie und freunde
familie und freunden
freunde und familie
alle ihre kontakte
allen ihren kontakten
ihre familie
ihrer familie
ihre freunde
ihren freunden
ihre kollegen
ihren kollegen
ihre kontakte
ihren kontakten

"""#),
        (path: "lexicons/de_conditions.txt", text: #"""
# A condition set on the reader ("wenn du nicht zahlst", "es sei denn")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
wenn du nicht
wenn du nich
wenn de nicht
falls du nicht
solltest du nicht
wenn sie nicht
falls sie nicht
sollten sie nicht
es sei denn
ausser du
ausser wenn du
wenn du es jemandem
wenn du das jemandem
wenn du jemandem
wenn du es irgendwem
wenn du zur polizei
wenn du die polizei
wenn sie zur polizei
wenn ich das geld nicht
wenn ich kein geld
wenn das geld nicht
ohne zahlung
nicht zahlst
nicht bezahlst
nicht überweist
nicht ueberweist
nicht zahlen willst
nicht bezahlen willst
kein geld habe
kein geld bekomme
das geld nicht bekomme
das geld nicht habe
keine zahlung
ohne das geld
solange du nicht

"""#),
        (path: "lexicons/de_countdown.txt", text: #"""
# A countdown or ticking-clock taunt
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
tick tack
ticktack
tik tak
tick tack tick tack
die zeit läuft
die zeit laeuft
die zeit läuft ab
die zeit laeuft ab
deine zeit läuft
deine zeit laeuft
deine zeit läuft ab
deine zeit laeuft ab
die zeit tickt
die uhr tickt
die zeit wird knapp
deine zeit wird knapp
der countdown läuft
der countdown laeuft
countdown läuft
countdown laeuft
jede minute die du wartest
jede stunde die du wartest
je länger du wartest
je laenger du wartest
die uhr läuft
die uhr laeuft

"""#),
        (path: "lexicons/de_deadline_consequence.txt", text: #"""
# What happens when the time runs out ("danach geht es raus", "bevor ich poste")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
danach geht
danach gehts
danach poste ich
danach schicke ich
danach schick ich
danach sieht
danach sehen
danach landet
danach bekommt
danach bekommen
dann geht
dann gehts
dann poste ich
dann schicke ich
dann schick ich
dann sieht
dann sehen alle
dann landet
dann stelle ich
dann stell ich
dann lade ich
dann veröffentliche ich
dann veroeffentliche ich
dann verbreite ich
dann bekommt
dann bekommen alle
dann kriegen alle
dann kriegt
dann erfährt
dann erfaehrt
dann erfahren
bevor ich
bevor alles
bevor das video
bevor die bilder
ab dann

"""#),
        (path: "lexicons/de_deadline_openers.txt", text: #"""
# A time limit set on the reader ("du hast", "ich gebe dir", "innerhalb von")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
du hast
du hast noch
du hast genau
du hast nur
du hast nur noch
ich gebe dir
ich geb dir
ich gebe dir noch
ich geb dir noch
ich gebe dir genau
innerhalb von
innerhalb der nächsten
innerhalb der naechsten
in den nächsten
in den naechsten
binnen
spätestens in
spaetestens in
sie haben
sie haben noch
ihnen bleiben
dir bleiben
dir bleibt
dir bleiben noch

"""#),
        (path: "lexicons/de_delete_promise.txt", text: #"""
# A promise to delete the material once paid ("zahl und ich lösche alles")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
lösche ich
loesche ich
lösch ich
loesch ich
ich lösche
ich loesche
ich lösch
ich loesch
lösche ich alles
loesche ich alles
lösch ich alles
loesch ich alles
ich lösche alles
ich loesche alles
ich lösch alles
ich loesch alles
ich lösche das video
ich loesche das video
ich lösche die bilder
ich loesche die bilder
ich lösche es
ich loesche es
ich lösch es
ich loesch es
lösche ich es
loesche ich es
lösche ich das video
loesche ich das video
wird alles gelöscht
wird alles geloescht
wird gelöscht
wird geloescht
werde ich löschen
werde ich loeschen
werde ich alles löschen
werde ich alles loeschen
ich werde alles löschen
ich werde alles loeschen
ich werde es löschen
ich werde es loeschen
ich werde das video löschen
ich werde das video loeschen

"""#),
        (path: "lexicons/de_demand_want.txt", text: #"""
# A first-person demand for an amount ("ich will 500 €")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich will
ich möchte
ich moechte
ich verlange
ich fordere
ich brauche
ich will nur
ich will jetzt
ich will sofort
ich will genau
ich möchte nur
ich moechte nur
ich akzeptiere
ich nehme
ich nehm
ich erwarte
mein preis ist
der preis ist
das kostet dich
es kostet dich
kostet dich
ich will mindestens
ich verlange mindestens
ich fordere von dir
ich verlange von dir
ich will von dir
ich möchte von dir
ich moechte von dir

"""#),
        (path: "lexicons/de_dont_tell.txt", text: #"""
# Telling someone (verbs), for "sag deinen Eltern nichts"
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
sag
sage
sags
erzähl
erzaehl
erzähle
erzaehle
erzähls
erzaehls
verrat
verrate

"""#),
        (path: "lexicons/de_explicit_material.txt", text: #"""
# Explicit material of the reader, in German
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
nacktbilder
nacktbild
nackbilder
nacktfoto
nacktfotos
nacktvideo
nacktvideos
nacktaufnahme
nacktaufnahmen
nacktselfie
nacktselfies
nacktpics
nackt bilder
nackt fotos
nackt video
nackte bilder
nackten bilder
nackte fotos
nackten fotos
nacktes video
nackten video
nacktes foto
intime bilder
intimen bilder
intime fotos
intimen fotos
intimes video
intimen video
intimen videos
sexvideo
sexvideos
sex video
pornovideo
sexbilder
schwanzbild
schwanzbilder
dich nackt
du nackt
dir nackt
wie du dir einen runterholst
wie du dir einen runter holst
beim runterholen
beim wichsen
wie du wichst
beim masturbieren
wie du masturbierst
wie du dich anfasst
wie du dich selbst befriedigst
wie sie sich selbst befriedigen
wie sie masturbieren
beim selbstbefriedigen
deinen schwanz
dein schwanz
deinem schwanz
deinen penis
dein penis
deinen pimmel
deine brüste
deine brueste
deine titten
deine muschi
deinen nackten körper
deinen nackten koerper
deinem nackten körper
deinem nackten koerper
dein nackter körper
dein nackter koerper

"""#),
        (path: "lexicons/de_explicit_requests.txt", text: #"""
# A request for nude or sexual images
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zeig mir deinen körper
zeig mir deinen koerper
zeig deinen körper
zeig deinen koerper
zeig mir mehr haut
mehr haut
ohne klamotten
ohne kleidung
ohne kleider
ohne was an
oben ohne
in unterwäsche
in unterwaesche
in deiner unterwäsche
in deiner unterwaesche
in boxershorts
in deinen boxershorts
im bh
in deinem bh
im höschen
im hoeschen
in deinem höschen
in deinem hoeschen
schick was sexy
schick mir was sexy
schick was heisses
schick mir was heisses
was versautes
was freizügiges
was freizuegiges
was schmutziges
ein sexy bild
ein sexy foto
ein heisses bild
ein heisses foto
hast du nacktbilder
hast du nudes
hast du nacktfotos
schick nudes
schick mir nudes
schick mir nacktbilder
schick mir nacktfotos
schick nacktbilder
zeig mir deinen schwanz
zeig mir deinen penis
zeig mir deine brüste
zeig mir deine brueste
zeig mir deine titten
zeig mir deine muschi
zeig mir was du drunter hast
zeig mir was unter
ich will dich nackt sehen
will dich nackt sehen
ich möchte dich nackt sehen
ich moechte dich nackt sehen
möchte dich nackt sehen
moechte dich nackt sehen
lass mich dich nackt sehen
will deinen körper sehen
will deinen koerper sehen
will deinen schwanz sehen
will alles sehen
zeig mir dich nackt
zeig dich nackt

"""#),
        (path: "lexicons/de_face_proof.txt", text: #"""
# Asking the reader to include their face
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
mit gesicht
mit deinem gesicht
mit dem gesicht
gesicht drauf
gesicht mit drauf
mit gesicht drauf
zeig dein gesicht
zeig mir dein gesicht
dein gesicht muss
gesicht und körper
gesicht und koerper
mit deinem gesicht drauf
damit ich weiss dass du es bist
damit ich weis dass du es bist
damit ich weiss das du es bist
damit ich weis das du es bist
damit ich sehe dass du es bist
beweis dass du es bist
beweise dass du es bist

"""#),
        (path: "lexicons/de_final_warning.txt", text: #"""
# A final warning or last chance
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
letzte warnung
letzte chance
allerletzte chance
allerletzte warnung
deine letzte chance
das ist deine letzte
ich frage nicht nochmal
ich frag nicht nochmal
ich frage nicht noch einmal
ich frag nicht noch mal
ich frage nicht noch mal
ich sag es nicht nochmal
ich sags nicht nochmal
ich sag's nicht nochmal
ich sage es nicht noch einmal
ich warne dich nicht nochmal
ich warne dich ein letztes mal
ich warne dich zum letzten mal
verschwende nicht meine zeit
verschwende meine zeit nicht

"""#),
        (path: "lexicons/de_fine_context.txt", text: #"""
# Fines, bills and contracts that really do get worse if unpaid
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
strafe
bussgeld
strafzettel
knöllchen
knoellchen
mahnung
mahngebühr
mahngebuehr
säumniszuschlag
saeumniszuschlag
gebühr
gebuehr
gebühren
gebuehren
miete
rechnung
verfällt
verfaellt
storniert
wird teurer
teurer
inkasso
gericht
kündigung
kuendigung
gekündigt
gekuendigt
gesperrt
abo
vertrag
verein
mitgliedsbeitrag
beitrag
kaution
frist
stromsperre

"""#),
        (path: "lexicons/de_goes.txt", text: #"""
# Material going, landing or coming onto a platform (the verb)
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
geht
gehts
geht's
gehen
landet
landen
kommt
kommen
wandert
wandern
fliegt

"""#),
        (path: "lexicons/de_handle_shared.txt", text: #"""
# Sharing one's own handle on another app
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
mein snap ist
mein snapchat ist
mein insta ist
mein telegram ist
mein skype ist
mein discord ist
mein kik ist
meine whatsapp nummer
mein snap name
mein snapname

"""#),
        (path: "lexicons/de_harm_jail.txt", text: #"""
# Threats of prison, harm, ruin, or an underage frame
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
du kommst in den knast
du kommst ins gefängnis
du kommst ins gefaengnis
du gehst in den knast
du gehst ins gefängnis
du gehst ins gefaengnis
du landest im knast
du landest im gefängnis
du landest im gefaengnis
ab in den knast
du machst dich strafbar
du hast dich strafbar gemacht
du wirst angezeigt
ich bin minderjährig
ich bin minderjaehrig
ich bin erst 13
ich bin erst 14
ich bin erst 15
ich bin erst 16
ich bin unter 18
an eine minderjährige
an eine minderjaehrige
an einen minderjährigen
an einen minderjaehrigen
mit einer minderjährigen
mit einer minderjaehrigen
mit einem minderjährigen
mit einem minderjaehrigen
du wirst es bereuen
das wirst du bereuen
du wirst das bereuen
du wirst dir wünschen
du wirst dir wuenschen
ich weiss wo du wohnst
ich weis wo du wohnst
ich weiss wo du zur schule gehst
ich weis wo du zur schule gehst
ich weiss wo du arbeitest
ich weis wo du arbeitest
ich weiss wo deine eltern wohnen
ich weis wo deine eltern wohnen
ich weiss wo sie wohnen
ich weis wo sie wohnen
ich werde dich finden
ich komme zu dir nach hause
ich komm zu dir nach hause
ich mache dein leben kaputt
ich mach dein leben kaputt
ich zerstöre dein leben
ich zerstoere dein leben
ich zerstör dein leben
ich zerstoer dein leben
ich ruiniere dein leben
ich ruinier dein leben
ich werde dein leben zerstören
ich werde dein leben zerstoeren
ich werde dein leben ruinieren
dein leben ist vorbei
dein leben ist zerstört
dein leben ist zerstoert
dein leben ist ruiniert
ich mach dich fertig
ich mache dich fertig
ich stelle dich bloss
ich stell dich bloss
ich werde dich bloss stellen
ich werde dich blossstellen
ich werde dich vernichten
du hast keine wahl
du hast keine andere wahl
tu was ich sage
mach was ich sage
mach was ich dir sage
tu was ich dir sage
das ist kein spiel
leg dich nicht mit mir an

"""#),
        (path: "lexicons/de_institutions.txt", text: #"""
# The reader's school, work, boss, teachers or club
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine schule
deiner schule
deine klasse
deiner klasse
deinen klassenkameraden
deine klassenkameraden
deine lehrer
deinen lehrern
deine lehrerin
deiner lehrerin
deinen lehrer
deinem lehrer
deinen direktor
deinem direktor
deine schulleitung
deiner schulleitung
deinen chef
deinem chef
deine chefin
deiner chefin
deine kollegen
deinen kollegen
deine arbeit
deiner arbeit
deinen arbeitgeber
deinem arbeitgeber
deine firma
deiner firma
deine uni
deiner uni
deinen verein
deinem verein
deinen trainer
deinem trainer
deine trainerin
deiner trainerin
deine mannschaft
deiner mannschaft
ihren arbeitgeber
ihrem arbeitgeber
ihren chef
ihrem chef

"""#),
        (path: "lexicons/de_material_refs.txt", text: #"""
# The material itself ("das Video", "deine Bilder", "die Aufnahme")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
das video
die videos
das vid
die bilder
die fotos
die pics
das alles
alles
die screenshots
das material

"""#),
        (path: "lexicons/de_mature_flattery.txt", text: #"""
# Flattery that sets the reader apart from peers and parents
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
reif für dein alter
reif fuer dein alter
so reif für dein alter
so reif fuer dein alter
erwachsen für dein alter
erwachsen fuer dein alter
alter ist nur eine zahl
ich bin nicht wie die anderen
ich bin anders als die anderen
niemand versteht dich so wie ich
keiner versteht dich so wie ich
niemand versteht dich wie ich
keiner versteht dich wie ich
nur ich verstehe dich
nur ich versteh dich
deine eltern verstehen dich nicht
deine eltern verstehen dich eh nicht
du bist nicht wie die anderen
du bist anders als die anderen
du bist viel reifer
du wirkst viel älter
du wirkst viel aelter
du siehst älter aus
du siehst aelter aus

"""#),
        (path: "lexicons/de_move_phrases.txt", text: #"""
# An invitation to continue on another app ("adde mich auf Snap")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
adde mich
add mich
addet mich
adde mich auf
add mich auf
add mich bei
adde mich bei
füg mich hinzu
fueg mich hinzu
füge mich hinzu
fuege mich hinzu
schreib mir auf
schreib mir bei
schreib mir über
schreib mir ueber
schreib mir per
schreib mich auf
schreib mich bei
schreib mir lieber auf
schreib mir lieber bei
lass uns auf
lass uns bei
lass uns über
lass uns ueber
lass uns lieber auf
lass uns lieber über
lass uns lieber ueber
lass uns zu
komm auf
komm zu
komm lieber auf
wechseln wir auf
wechseln wir zu
lass uns wechseln
wir können auf
wir koennen auf
wir können über
wir koennen ueber
weiterschreiben auf
weiter schreiben auf
schreiben wir auf
schreiben wir über
schreiben wir ueber
schreiben wir bei
meld dich auf
melde dich auf
folg mir auf
folge mir auf

"""#),
        (path: "lexicons/de_network_specific.txt", text: #"""
# The reader's followers, contacts and friend list
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine follower
deinen followern
deiner follower
alle deine follower
allen deinen followern
deine abonnenten
deinen abonnenten
deine kontakte
deinen kontakten
alle deine kontakte
allen deinen kontakten
deine kontaktliste
deiner kontaktliste
deine freundesliste
deiner freundesliste
deine followerliste
deiner followerliste
deine freunde auf insta
deine freunde auf facebook
wem du folgst
wer dir folgt
deine abos
deine telefonliste
dein adressbuch
deinem adressbuch

"""#),
        (path: "lexicons/de_off_site.txt", text: #"""
# Talking the reader off the current app ("ich bin hier selten")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
bin hier selten
hier bin ich selten
hier bin ich kaum
hier bin ich fast nie
hier bin ich nicht oft
hier bin ich nie
bin hier kaum
bin hier fast nie
bin hier nicht oft
bin selten hier
bin kaum hier
bin fast nie hier
bin nicht oft hier
hier selten online
hier kaum online
lass uns woanders
woanders schreiben
woanders weiterschreiben
woanders weiter schreiben
woanders reden
woanders quatschen
die app ist langweilig
diese app ist langweilig
die app ist scheisse
diese app ist scheisse
hier ist es langweilig
hier ist es zu öffentlich
hier ist es zu oeffentlich
ich nutze die app kaum
ich nutz die app kaum
ich nutze die app selten
ich benutze die app kaum
ich lösche die app bald
ich loesche die app bald
ich lösch die app bald
ich loesch die app bald
ich bin hier bald weg

"""#),
        (path: "lexicons/de_or_publish.txt", text: #"""
# An ultimatum whose alternative is publishing ("oder ich poste es", "sonst sehen alle")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
oder ich poste es
oder ich poste das
oder ich poste alles
oder ich poste dein
oder ich poste deine
oder ich poste deinen
oder ich poste das video
oder ich poste die bilder
oder ich poste die fotos
oder ich poste die videos
oder ich poste sie
oder ich post es
oder ich post das
oder ich post alles
oder ich post dein
oder ich post deine
oder ich post deinen
oder ich post das video
oder ich post die bilder
oder ich post die fotos
oder ich post die videos
oder ich post sie
oder ich schicke es
oder ich schicke das
oder ich schicke alles
oder ich schicke dein
oder ich schicke deine
oder ich schicke deinen
oder ich schicke das video
oder ich schicke die bilder
oder ich schicke die fotos
oder ich schicke die videos
oder ich schicke sie
oder ich schick es
oder ich schick das
oder ich schick alles
oder ich schick dein
oder ich schick deine
oder ich schick deinen
oder ich schick das video
oder ich schick die bilder
oder ich schick die fotos
oder ich schick die videos
oder ich schick sie
oder ich sende es
oder ich sende das
oder ich sende alles
oder ich sende dein
oder ich sende deine
oder ich sende deinen
oder ich sende das video
oder ich sende die bilder
oder ich sende die fotos
oder ich sende die videos
oder ich sende sie
oder ich leake es
oder ich leake das
oder ich leake alles
oder ich leake dein
oder ich leake deine
oder ich leake deinen
oder ich leake das video
oder ich leake die bilder
oder ich leake die fotos
oder ich leake die videos
oder ich leake sie
oder ich leak es
oder ich leak das
oder ich leak alles
oder ich leak dein
oder ich leak deine
oder ich leak deinen
oder ich leak das video
oder ich leak die bilder
oder ich leak die fotos
oder ich leak die videos
oder ich leak sie
oder ich veröffentliche es
oder ich veroeffentliche es
oder ich veröffentliche das
oder ich veroeffentliche das
oder ich veröffentliche alles
oder ich veroeffentliche alles
oder ich veröffentliche dein
oder ich veroeffentliche dein
oder ich veröffentliche deine
oder ich veroeffentliche deine
oder ich veröffentliche deinen
oder ich veroeffentliche deinen
oder ich veröffentliche das video
oder ich veroeffentliche das video
oder ich veröffentliche die bilder
oder ich veroeffentliche die bilder
oder ich veröffentliche die fotos
oder ich veroeffentliche die fotos
oder ich veröffentliche die videos
oder ich veroeffentliche die videos
oder ich veröffentliche sie
oder ich veroeffentliche sie
oder ich verbreite es
oder ich verbreite das
oder ich verbreite alles
oder ich verbreite dein
oder ich verbreite deine
oder ich verbreite deinen
oder ich verbreite das video
oder ich verbreite die bilder
oder ich verbreite die fotos
oder ich verbreite die videos
oder ich verbreite sie
oder ich verschicke es
oder ich verschicke das
oder ich verschicke alles
oder ich verschicke dein
oder ich verschicke deine
oder ich verschicke deinen
oder ich verschicke das video
oder ich verschicke die bilder
oder ich verschicke die fotos
oder ich verschicke die videos
oder ich verschicke sie
oder ich zeige es
oder ich zeige das
oder ich zeige alles
oder ich zeige dein
oder ich zeige deine
oder ich zeige deinen
oder ich zeige das video
oder ich zeige die bilder
oder ich zeige die fotos
oder ich zeige die videos
oder ich zeige sie
oder ich zeig es
oder ich zeig das
oder ich zeig alles
oder ich zeig dein
oder ich zeig deine
oder ich zeig deinen
oder ich zeig das video
oder ich zeig die bilder
oder ich zeig die fotos
oder ich zeig die videos
oder ich zeig sie
oder ich stelle es online
oder ich stell es online
oder ich stelle das online
oder ich stell das online
oder ich stelle alles online
oder ich stell alles online
oder ich stelle es ins netz
oder ich stell es ins netz
oder ich lade es hoch
oder ich lad es hoch
oder ich lade das hoch
oder ich lade alles hoch
oder ich lad alles hoch
oder ich lade dein
oder ich lade deine
oder ich lad dein
oder ich lad deine
oder ich mache es öffentlich
oder ich mache es oeffentlich
oder ich mach es öffentlich
oder ich mach es oeffentlich
oder ich mache das öffentlich
oder ich mache das oeffentlich
oder ich mach das öffentlich
oder ich mach das oeffentlich
oder es geht online
oder es geht raus
oder das geht online
oder das geht raus
oder alles geht online
oder alles geht raus
oder das video geht
oder die bilder gehen
oder die fotos gehen
oder es landet online
oder es landet im netz
oder das landet online
oder das landet im netz
oder das video landet
oder die bilder landen
oder die fotos landen
oder alle sehen es
oder alle sehen das
oder alle sehen dein
oder alle sehen deine
oder alle sehen was
oder alle werden es
oder alle werden das
oder alle werden dein
oder alle werden deine
oder alle werden sehen
oder jeder sieht es
oder jeder sieht das
oder jeder sieht dein
oder jeder sieht deine
oder jeder sieht was
oder jeder wird es
oder jeder wird das
oder jeder wird dein
oder jeder wird sehen
oder jeder bekommt es
oder jeder bekommt das
oder alle bekommen es
oder alle bekommen das
oder deine familie sieht
oder deine familie bekommt
oder deine familie erfährt
oder deine familie erfaehrt
oder deine eltern sehen
oder deine eltern bekommen
oder deine eltern erfahren
oder deine freunde sehen
oder deine freunde bekommen
oder deine freundin sieht
oder deine mutter sieht
oder deine mutter bekommt
oder ihre familie sieht
oder ihre kontakte bekommen
oder ihre freunde sehen
sonst poste ich es
sonst poste ich das
sonst poste ich alles
sonst poste ich dein
sonst poste ich deine
sonst poste ich deinen
sonst poste ich das video
sonst poste ich die bilder
sonst poste ich die fotos
sonst poste ich die videos
sonst poste ich sie
sonst post ich es
sonst post ich das
sonst post ich alles
sonst post ich dein
sonst post ich deine
sonst post ich deinen
sonst post ich das video
sonst post ich die bilder
sonst post ich die fotos
sonst post ich die videos
sonst post ich sie
sonst schicke ich es
sonst schicke ich das
sonst schicke ich alles
sonst schicke ich dein
sonst schicke ich deine
sonst schicke ich deinen
sonst schicke ich das video
sonst schicke ich die bilder
sonst schicke ich die fotos
sonst schicke ich die videos
sonst schicke ich sie
sonst schick ich es
sonst schick ich das
sonst schick ich alles
sonst schick ich dein
sonst schick ich deine
sonst schick ich deinen
sonst schick ich das video
sonst schick ich die bilder
sonst schick ich die fotos
sonst schick ich die videos
sonst schick ich sie
sonst sende ich es
sonst sende ich das
sonst sende ich alles
sonst sende ich dein
sonst sende ich deine
sonst sende ich deinen
sonst sende ich das video
sonst sende ich die bilder
sonst sende ich die fotos
sonst sende ich die videos
sonst sende ich sie
sonst leake ich es
sonst leake ich das
sonst leake ich alles
sonst leake ich dein
sonst leake ich deine
sonst leake ich deinen
sonst leake ich das video
sonst leake ich die bilder
sonst leake ich die fotos
sonst leake ich die videos
sonst leake ich sie
sonst leak ich es
sonst leak ich das
sonst leak ich alles
sonst leak ich dein
sonst leak ich deine
sonst leak ich deinen
sonst leak ich das video
sonst leak ich die bilder
sonst leak ich die fotos
sonst leak ich die videos
sonst leak ich sie
sonst veröffentliche ich es
sonst veroeffentliche ich es
sonst veröffentliche ich das
sonst veroeffentliche ich das
sonst veröffentliche ich alles
sonst veroeffentliche ich alles
sonst veröffentliche ich dein
sonst veroeffentliche ich dein
sonst veröffentliche ich deine
sonst veroeffentliche ich deine
sonst veröffentliche ich deinen
sonst veroeffentliche ich deinen
sonst veröffentliche ich das video
sonst veroeffentliche ich das video
sonst veröffentliche ich die bilder
sonst veroeffentliche ich die bilder
sonst veröffentliche ich die fotos
sonst veroeffentliche ich die fotos
sonst veröffentliche ich die videos
sonst veroeffentliche ich die videos
sonst veröffentliche ich sie
sonst veroeffentliche ich sie
sonst verbreite ich es
sonst verbreite ich das
sonst verbreite ich alles
sonst verbreite ich dein
sonst verbreite ich deine
sonst verbreite ich deinen
sonst verbreite ich das video
sonst verbreite ich die bilder
sonst verbreite ich die fotos
sonst verbreite ich die videos
sonst verbreite ich sie
sonst verschicke ich es
sonst verschicke ich das
sonst verschicke ich alles
sonst verschicke ich dein
sonst verschicke ich deine
sonst verschicke ich deinen
sonst verschicke ich das video
sonst verschicke ich die bilder
sonst verschicke ich die fotos
sonst verschicke ich die videos
sonst verschicke ich sie
sonst zeige ich es
sonst zeige ich das
sonst zeige ich alles
sonst zeige ich dein
sonst zeige ich deine
sonst zeige ich deinen
sonst zeige ich das video
sonst zeige ich die bilder
sonst zeige ich die fotos
sonst zeige ich die videos
sonst zeige ich sie
sonst zeig ich es
sonst zeig ich das
sonst zeig ich alles
sonst zeig ich dein
sonst zeig ich deine
sonst zeig ich deinen
sonst zeig ich das video
sonst zeig ich die bilder
sonst zeig ich die fotos
sonst zeig ich die videos
sonst zeig ich sie
sonst stelle ich es online
sonst stell ich es online
sonst stelle ich das online
sonst stell ich das online
sonst stelle ich alles online
sonst stell ich alles online
sonst stell ichs online
sonst stelle ich es ins netz
sonst lade ich es hoch
sonst lad ich es hoch
sonst lade ich das hoch
sonst lade ich alles hoch
sonst lad ich alles hoch
sonst lade ich dein
sonst lade ich deine
sonst lad ich dein
sonst lad ich deine
sonst mache ich es öffentlich
sonst mache ich es oeffentlich
sonst mach ich es öffentlich
sonst mach ich es oeffentlich
sonst mache ich das öffentlich
sonst mache ich das oeffentlich
sonst mach ich das öffentlich
sonst mach ich das oeffentlich
sonst geht es online
sonst geht das online
sonst geht es raus
sonst geht das raus
sonst geht alles raus
sonst geht alles online
sonst geht das video
sonst gehen die bilder
sonst gehen die fotos
sonst landet es online
sonst landet es im netz
sonst landet das im netz
sonst landet das online
sonst landet das video
sonst landet alles
sonst landen die bilder
sonst landen die fotos
sonst sehen es alle
sonst sehen alle dein
sonst sehen alle deine
sonst sehen alle was
sonst sehen alle das
sonst sieht es jeder
sonst sieht jeder dein
sonst sieht jeder deine
sonst sieht jeder was
sonst sieht jeder das
sonst bekommt es jeder
sonst bekommt jeder das
sonst bekommen es alle
sonst bekommen alle das
sonst bekommen alle dein
sonst bekommen alle deine
sonst kriegt es jeder
sonst kriegen es alle
sonst sieht deine familie
sonst sehen deine eltern
sonst sehen deine freunde
sonst sieht deine freundin
sonst sieht deine mutter
sonst bekommt deine familie
sonst bekommen deine eltern
sonst bekommen deine freunde
sonst erfährt deine familie
sonst erfaehrt deine familie
sonst erfahren deine eltern
sonst erfahren deine freunde
sonst erfahren alle
sonst erfährt jeder
sonst erfaehrt jeder
sonst wissen alle
sonst weiss jeder
sonst weis jeder
sonst werde ich ihre
sonst sehen ihre
sonst bekommen ihre
sonst erhalten alle
sonst erhalten ihre
ansonsten poste ich es
ansonsten poste ich das
ansonsten poste ich alles
ansonsten poste ich dein
ansonsten poste ich deine
ansonsten poste ich deinen
ansonsten poste ich das video
ansonsten poste ich die bilder
ansonsten poste ich die fotos
ansonsten poste ich die videos
ansonsten poste ich sie
ansonsten post ich es
ansonsten post ich das
ansonsten post ich alles
ansonsten post ich dein
ansonsten post ich deine
ansonsten post ich deinen
ansonsten post ich das video
ansonsten post ich die bilder
ansonsten post ich die fotos
ansonsten post ich die videos
ansonsten post ich sie
ansonsten schicke ich es
ansonsten schicke ich das
ansonsten schicke ich alles
ansonsten schicke ich dein
ansonsten schicke ich deine
ansonsten schicke ich deinen
ansonsten schicke ich das video
ansonsten schicke ich die bilder
ansonsten schicke ich die fotos
ansonsten schicke ich die videos
ansonsten schicke ich sie
ansonsten schick ich es
ansonsten schick ich das
ansonsten schick ich alles
ansonsten schick ich dein
ansonsten schick ich deine
ansonsten schick ich deinen
ansonsten schick ich das video
ansonsten schick ich die bilder
ansonsten schick ich die fotos
ansonsten schick ich die videos
ansonsten schick ich sie
ansonsten sende ich es
ansonsten sende ich das
ansonsten sende ich alles
ansonsten sende ich dein
ansonsten sende ich deine
ansonsten sende ich deinen
ansonsten sende ich das video
ansonsten sende ich die bilder
ansonsten sende ich die fotos
ansonsten sende ich die videos
ansonsten sende ich sie
ansonsten leake ich es
ansonsten leake ich das
ansonsten leake ich alles
ansonsten leake ich dein
ansonsten leake ich deine
ansonsten leake ich deinen
ansonsten leake ich das video
ansonsten leake ich die bilder
ansonsten leake ich die fotos
ansonsten leake ich die videos
ansonsten leake ich sie
ansonsten leak ich es
ansonsten leak ich das
ansonsten leak ich alles
ansonsten leak ich dein
ansonsten leak ich deine
ansonsten leak ich deinen
ansonsten leak ich das video
ansonsten leak ich die bilder
ansonsten leak ich die fotos
ansonsten leak ich die videos
ansonsten leak ich sie
ansonsten veröffentliche ich es
ansonsten veroeffentliche ich es
ansonsten veröffentliche ich das
ansonsten veroeffentliche ich das
ansonsten veröffentliche ich alles
ansonsten veroeffentliche ich alles
ansonsten veröffentliche ich dein
ansonsten veroeffentliche ich dein
ansonsten veröffentliche ich deine
ansonsten veroeffentliche ich deine
ansonsten veröffentliche ich deinen
ansonsten veroeffentliche ich deinen
ansonsten veröffentliche ich das video
ansonsten veroeffentliche ich das video
ansonsten veröffentliche ich die bilder
ansonsten veroeffentliche ich die bilder
ansonsten veröffentliche ich die fotos
ansonsten veroeffentliche ich die fotos
ansonsten veröffentliche ich die videos
ansonsten veroeffentliche ich die videos
ansonsten veröffentliche ich sie
ansonsten veroeffentliche ich sie
ansonsten verbreite ich es
ansonsten verbreite ich das
ansonsten verbreite ich alles
ansonsten verbreite ich dein
ansonsten verbreite ich deine
ansonsten verbreite ich deinen
ansonsten verbreite ich das video
ansonsten verbreite ich die bilder
ansonsten verbreite ich die fotos
ansonsten verbreite ich die videos
ansonsten verbreite ich sie
ansonsten verschicke ich es
ansonsten verschicke ich das
ansonsten verschicke ich alles
ansonsten verschicke ich dein
ansonsten verschicke ich deine
ansonsten verschicke ich deinen
ansonsten verschicke ich das video
ansonsten verschicke ich die bilder
ansonsten verschicke ich die fotos
ansonsten verschicke ich die videos
ansonsten verschicke ich sie
ansonsten zeige ich es
ansonsten zeige ich das
ansonsten zeige ich alles
ansonsten zeige ich dein
ansonsten zeige ich deine
ansonsten zeige ich deinen
ansonsten zeige ich das video
ansonsten zeige ich die bilder
ansonsten zeige ich die fotos
ansonsten zeige ich die videos
ansonsten zeige ich sie
ansonsten zeig ich es
ansonsten zeig ich das
ansonsten zeig ich alles
ansonsten zeig ich dein
ansonsten zeig ich deine
ansonsten zeig ich deinen
ansonsten zeig ich das video
ansonsten zeig ich die bilder
ansonsten zeig ich die fotos
ansonsten zeig ich die videos
ansonsten zeig ich sie
ansonsten stelle ich es online
ansonsten stell ich es online
ansonsten stelle ich das online
ansonsten stell ich das online
ansonsten stelle ich alles online
ansonsten stell ich alles online
ansonsten stell ichs online
ansonsten stelle ich es ins netz
ansonsten lade ich es hoch
ansonsten lad ich es hoch
ansonsten lade ich das hoch
ansonsten lade ich alles hoch
ansonsten lad ich alles hoch
ansonsten lade ich dein
ansonsten lade ich deine
ansonsten lad ich dein
ansonsten lad ich deine
ansonsten mache ich es öffentlich
ansonsten mache ich es oeffentlich
ansonsten mach ich es öffentlich
ansonsten mach ich es oeffentlich
ansonsten mache ich das öffentlich
ansonsten mache ich das oeffentlich
ansonsten mach ich das öffentlich
ansonsten mach ich das oeffentlich
ansonsten geht es online
ansonsten geht das online
ansonsten geht es raus
ansonsten geht das raus
ansonsten geht alles raus
ansonsten geht alles online
ansonsten geht das video
ansonsten gehen die bilder
ansonsten gehen die fotos
ansonsten landet es online
ansonsten landet es im netz
ansonsten landet das im netz
ansonsten landet das online
ansonsten landet das video
ansonsten landet alles
ansonsten landen die bilder
ansonsten landen die fotos
ansonsten sehen es alle
ansonsten sehen alle dein
ansonsten sehen alle deine
ansonsten sehen alle was
ansonsten sehen alle das
ansonsten sieht es jeder
ansonsten sieht jeder dein
ansonsten sieht jeder deine
ansonsten sieht jeder was
ansonsten sieht jeder das
ansonsten bekommt es jeder
ansonsten bekommt jeder das
ansonsten bekommen es alle
ansonsten bekommen alle das
ansonsten bekommen alle dein
ansonsten bekommen alle deine
ansonsten kriegt es jeder
ansonsten kriegen es alle
ansonsten sieht deine familie
ansonsten sehen deine eltern
ansonsten sehen deine freunde
ansonsten sieht deine freundin
ansonsten sieht deine mutter
ansonsten bekommt deine familie
ansonsten bekommen deine eltern
ansonsten bekommen deine freunde
ansonsten erfährt deine familie
ansonsten erfaehrt deine familie
ansonsten erfahren deine eltern
ansonsten erfahren deine freunde
ansonsten erfahren alle
ansonsten erfährt jeder
ansonsten erfaehrt jeder
ansonsten wissen alle
ansonsten weiss jeder
ansonsten weis jeder
ansonsten werde ich ihre
ansonsten sehen ihre
ansonsten bekommen ihre
ansonsten erhalten alle
ansonsten erhalten ihre
andernfalls poste ich es
andernfalls poste ich das
andernfalls poste ich alles
andernfalls poste ich dein
andernfalls poste ich deine
andernfalls poste ich deinen
andernfalls poste ich das video
andernfalls poste ich die bilder
andernfalls poste ich die fotos
andernfalls poste ich die videos
andernfalls poste ich sie
andernfalls post ich es
andernfalls post ich das
andernfalls post ich alles
andernfalls post ich dein
andernfalls post ich deine
andernfalls post ich deinen
andernfalls post ich das video
andernfalls post ich die bilder
andernfalls post ich die fotos
andernfalls post ich die videos
andernfalls post ich sie
andernfalls schicke ich es
andernfalls schicke ich das
andernfalls schicke ich alles
andernfalls schicke ich dein
andernfalls schicke ich deine
andernfalls schicke ich deinen
andernfalls schicke ich das video
andernfalls schicke ich die bilder
andernfalls schicke ich die fotos
andernfalls schicke ich die videos
andernfalls schicke ich sie
andernfalls schick ich es
andernfalls schick ich das
andernfalls schick ich alles
andernfalls schick ich dein
andernfalls schick ich deine
andernfalls schick ich deinen
andernfalls schick ich das video
andernfalls schick ich die bilder
andernfalls schick ich die fotos
andernfalls schick ich die videos
andernfalls schick ich sie
andernfalls sende ich es
andernfalls sende ich das
andernfalls sende ich alles
andernfalls sende ich dein
andernfalls sende ich deine
andernfalls sende ich deinen
andernfalls sende ich das video
andernfalls sende ich die bilder
andernfalls sende ich die fotos
andernfalls sende ich die videos
andernfalls sende ich sie
andernfalls leake ich es
andernfalls leake ich das
andernfalls leake ich alles
andernfalls leake ich dein
andernfalls leake ich deine
andernfalls leake ich deinen
andernfalls leake ich das video
andernfalls leake ich die bilder
andernfalls leake ich die fotos
andernfalls leake ich die videos
andernfalls leake ich sie
andernfalls leak ich es
andernfalls leak ich das
andernfalls leak ich alles
andernfalls leak ich dein
andernfalls leak ich deine
andernfalls leak ich deinen
andernfalls leak ich das video
andernfalls leak ich die bilder
andernfalls leak ich die fotos
andernfalls leak ich die videos
andernfalls leak ich sie
andernfalls veröffentliche ich es
andernfalls veroeffentliche ich es
andernfalls veröffentliche ich das
andernfalls veroeffentliche ich das
andernfalls veröffentliche ich alles
andernfalls veroeffentliche ich alles
andernfalls veröffentliche ich dein
andernfalls veroeffentliche ich dein
andernfalls veröffentliche ich deine
andernfalls veroeffentliche ich deine
andernfalls veröffentliche ich deinen
andernfalls veroeffentliche ich deinen
andernfalls veröffentliche ich das video
andernfalls veroeffentliche ich das video
andernfalls veröffentliche ich die bilder
andernfalls veroeffentliche ich die bilder
andernfalls veröffentliche ich die fotos
andernfalls veroeffentliche ich die fotos
andernfalls veröffentliche ich die videos
andernfalls veroeffentliche ich die videos
andernfalls veröffentliche ich sie
andernfalls veroeffentliche ich sie
andernfalls verbreite ich es
andernfalls verbreite ich das
andernfalls verbreite ich alles
andernfalls verbreite ich dein
andernfalls verbreite ich deine
andernfalls verbreite ich deinen
andernfalls verbreite ich das video
andernfalls verbreite ich die bilder
andernfalls verbreite ich die fotos
andernfalls verbreite ich die videos
andernfalls verbreite ich sie
andernfalls verschicke ich es
andernfalls verschicke ich das
andernfalls verschicke ich alles
andernfalls verschicke ich dein
andernfalls verschicke ich deine
andernfalls verschicke ich deinen
andernfalls verschicke ich das video
andernfalls verschicke ich die bilder
andernfalls verschicke ich die fotos
andernfalls verschicke ich die videos
andernfalls verschicke ich sie
andernfalls zeige ich es
andernfalls zeige ich das
andernfalls zeige ich alles
andernfalls zeige ich dein
andernfalls zeige ich deine
andernfalls zeige ich deinen
andernfalls zeige ich das video
andernfalls zeige ich die bilder
andernfalls zeige ich die fotos
andernfalls zeige ich die videos
andernfalls zeige ich sie
andernfalls zeig ich es
andernfalls zeig ich das
andernfalls zeig ich alles
andernfalls zeig ich dein
andernfalls zeig ich deine
andernfalls zeig ich deinen
andernfalls zeig ich das video
andernfalls zeig ich die bilder
andernfalls zeig ich die fotos
andernfalls zeig ich die videos
andernfalls zeig ich sie
andernfalls stelle ich es online
andernfalls stell ich es online
andernfalls stelle ich das online
andernfalls stell ich das online
andernfalls stelle ich alles online
andernfalls stell ich alles online
andernfalls stell ichs online
andernfalls stelle ich es ins netz
andernfalls lade ich es hoch
andernfalls lad ich es hoch
andernfalls lade ich das hoch
andernfalls lade ich alles hoch
andernfalls lad ich alles hoch
andernfalls lade ich dein
andernfalls lade ich deine
andernfalls lad ich dein
andernfalls lad ich deine
andernfalls mache ich es öffentlich
andernfalls mache ich es oeffentlich
andernfalls mach ich es öffentlich
andernfalls mach ich es oeffentlich
andernfalls mache ich das öffentlich
andernfalls mache ich das oeffentlich
andernfalls mach ich das öffentlich
andernfalls mach ich das oeffentlich
andernfalls geht es online
andernfalls geht das online
andernfalls geht es raus
andernfalls geht das raus
andernfalls geht alles raus
andernfalls geht alles online
andernfalls geht das video
andernfalls gehen die bilder
andernfalls gehen die fotos
andernfalls landet es online
andernfalls landet es im netz
andernfalls landet das im netz
andernfalls landet das online
andernfalls landet das video
andernfalls landet alles
andernfalls landen die bilder
andernfalls landen die fotos
andernfalls sehen es alle
andernfalls sehen alle dein
andernfalls sehen alle deine
andernfalls sehen alle was
andernfalls sehen alle das
andernfalls sieht es jeder
andernfalls sieht jeder dein
andernfalls sieht jeder deine
andernfalls sieht jeder was
andernfalls sieht jeder das
andernfalls bekommt es jeder
andernfalls bekommt jeder das
andernfalls bekommen es alle
andernfalls bekommen alle das
andernfalls bekommen alle dein
andernfalls bekommen alle deine
andernfalls kriegt es jeder
andernfalls kriegen es alle
andernfalls sieht deine familie
andernfalls sehen deine eltern
andernfalls sehen deine freunde
andernfalls sieht deine freundin
andernfalls sieht deine mutter
andernfalls bekommt deine familie
andernfalls bekommen deine eltern
andernfalls bekommen deine freunde
andernfalls erfährt deine familie
andernfalls erfaehrt deine familie
andernfalls erfahren deine eltern
andernfalls erfahren deine freunde
andernfalls erfahren alle
andernfalls erfährt jeder
andernfalls erfaehrt jeder
andernfalls wissen alle
andernfalls weiss jeder
andernfalls weis jeder
andernfalls werde ich ihre
andernfalls sehen ihre
andernfalls bekommen ihre
andernfalls erhalten alle
andernfalls erhalten ihre
wenn nicht poste ich es
wenn nicht poste ich das
wenn nicht poste ich alles
wenn nicht poste ich dein
wenn nicht poste ich deine
wenn nicht poste ich deinen
wenn nicht poste ich das video
wenn nicht poste ich die bilder
wenn nicht poste ich die fotos
wenn nicht poste ich die videos
wenn nicht poste ich sie
wenn nicht post ich es
wenn nicht post ich das
wenn nicht post ich alles
wenn nicht post ich dein
wenn nicht post ich deine
wenn nicht post ich deinen
wenn nicht post ich das video
wenn nicht post ich die bilder
wenn nicht post ich die fotos
wenn nicht post ich die videos
wenn nicht post ich sie
wenn nicht schicke ich es
wenn nicht schicke ich das
wenn nicht schicke ich alles
wenn nicht schicke ich dein
wenn nicht schicke ich deine
wenn nicht schicke ich deinen
wenn nicht schicke ich das video
wenn nicht schicke ich die bilder
wenn nicht schicke ich die fotos
wenn nicht schicke ich die videos
wenn nicht schicke ich sie
wenn nicht schick ich es
wenn nicht schick ich das
wenn nicht schick ich alles
wenn nicht schick ich dein
wenn nicht schick ich deine
wenn nicht schick ich deinen
wenn nicht schick ich das video
wenn nicht schick ich die bilder
wenn nicht schick ich die fotos
wenn nicht schick ich die videos
wenn nicht schick ich sie
wenn nicht sende ich es
wenn nicht sende ich das
wenn nicht sende ich alles
wenn nicht sende ich dein
wenn nicht sende ich deine
wenn nicht sende ich deinen
wenn nicht sende ich das video
wenn nicht sende ich die bilder
wenn nicht sende ich die fotos
wenn nicht sende ich die videos
wenn nicht sende ich sie
wenn nicht leake ich es
wenn nicht leake ich das
wenn nicht leake ich alles
wenn nicht leake ich dein
wenn nicht leake ich deine
wenn nicht leake ich deinen
wenn nicht leake ich das video
wenn nicht leake ich die bilder
wenn nicht leake ich die fotos
wenn nicht leake ich die videos
wenn nicht leake ich sie
wenn nicht leak ich es
wenn nicht leak ich das
wenn nicht leak ich alles
wenn nicht leak ich dein
wenn nicht leak ich deine
wenn nicht leak ich deinen
wenn nicht leak ich das video
wenn nicht leak ich die bilder
wenn nicht leak ich die fotos
wenn nicht leak ich die videos
wenn nicht leak ich sie
wenn nicht veröffentliche ich es
wenn nicht veroeffentliche ich es
wenn nicht veröffentliche ich das
wenn nicht veroeffentliche ich das
wenn nicht veröffentliche ich alles
wenn nicht veroeffentliche ich alles
wenn nicht veröffentliche ich dein
wenn nicht veroeffentliche ich dein
wenn nicht veröffentliche ich deine
wenn nicht veroeffentliche ich deine
wenn nicht veröffentliche ich deinen
wenn nicht veroeffentliche ich deinen
wenn nicht veröffentliche ich das video
wenn nicht veroeffentliche ich das video
wenn nicht veröffentliche ich die bilder
wenn nicht veroeffentliche ich die bilder
wenn nicht veröffentliche ich die fotos
wenn nicht veroeffentliche ich die fotos
wenn nicht veröffentliche ich die videos
wenn nicht veroeffentliche ich die videos
wenn nicht veröffentliche ich sie
wenn nicht veroeffentliche ich sie
wenn nicht verbreite ich es
wenn nicht verbreite ich das
wenn nicht verbreite ich alles
wenn nicht verbreite ich dein
wenn nicht verbreite ich deine
wenn nicht verbreite ich deinen
wenn nicht verbreite ich das video
wenn nicht verbreite ich die bilder
wenn nicht verbreite ich die fotos
wenn nicht verbreite ich die videos
wenn nicht verbreite ich sie
wenn nicht verschicke ich es
wenn nicht verschicke ich das
wenn nicht verschicke ich alles
wenn nicht verschicke ich dein
wenn nicht verschicke ich deine
wenn nicht verschicke ich deinen
wenn nicht verschicke ich das video
wenn nicht verschicke ich die bilder
wenn nicht verschicke ich die fotos
wenn nicht verschicke ich die videos
wenn nicht verschicke ich sie
wenn nicht zeige ich es
wenn nicht zeige ich das
wenn nicht zeige ich alles
wenn nicht zeige ich dein
wenn nicht zeige ich deine
wenn nicht zeige ich deinen
wenn nicht zeige ich das video
wenn nicht zeige ich die bilder
wenn nicht zeige ich die fotos
wenn nicht zeige ich die videos
wenn nicht zeige ich sie
wenn nicht zeig ich es
wenn nicht zeig ich das
wenn nicht zeig ich alles
wenn nicht zeig ich dein
wenn nicht zeig ich deine
wenn nicht zeig ich deinen
wenn nicht zeig ich das video
wenn nicht zeig ich die bilder
wenn nicht zeig ich die fotos
wenn nicht zeig ich die videos
wenn nicht zeig ich sie
wenn nicht stelle ich es online
wenn nicht stell ich es online
wenn nicht stelle ich das online
wenn nicht stell ich das online
wenn nicht stelle ich alles online
wenn nicht stell ich alles online
wenn nicht stell ichs online
wenn nicht stelle ich es ins netz
wenn nicht lade ich es hoch
wenn nicht lad ich es hoch
wenn nicht lade ich das hoch
wenn nicht lade ich alles hoch
wenn nicht lad ich alles hoch
wenn nicht lade ich dein
wenn nicht lade ich deine
wenn nicht lad ich dein
wenn nicht lad ich deine
wenn nicht mache ich es öffentlich
wenn nicht mache ich es oeffentlich
wenn nicht mach ich es öffentlich
wenn nicht mach ich es oeffentlich
wenn nicht mache ich das öffentlich
wenn nicht mache ich das oeffentlich
wenn nicht mach ich das öffentlich
wenn nicht mach ich das oeffentlich
wenn nicht geht es online
wenn nicht geht das online
wenn nicht geht es raus
wenn nicht geht das raus
wenn nicht geht alles raus
wenn nicht geht alles online
wenn nicht geht das video
wenn nicht gehen die bilder
wenn nicht gehen die fotos
wenn nicht landet es online
wenn nicht landet es im netz
wenn nicht landet das im netz
wenn nicht landet das online
wenn nicht landet das video
wenn nicht landet alles
wenn nicht landen die bilder
wenn nicht landen die fotos
wenn nicht sehen es alle
wenn nicht sehen alle dein
wenn nicht sehen alle deine
wenn nicht sehen alle was
wenn nicht sehen alle das
wenn nicht sieht es jeder
wenn nicht sieht jeder dein
wenn nicht sieht jeder deine
wenn nicht sieht jeder was
wenn nicht sieht jeder das
wenn nicht bekommt es jeder
wenn nicht bekommt jeder das
wenn nicht bekommen es alle
wenn nicht bekommen alle das
wenn nicht bekommen alle dein
wenn nicht bekommen alle deine
wenn nicht kriegt es jeder
wenn nicht kriegen es alle
wenn nicht sieht deine familie
wenn nicht sehen deine eltern
wenn nicht sehen deine freunde
wenn nicht sieht deine freundin
wenn nicht sieht deine mutter
wenn nicht bekommt deine familie
wenn nicht bekommen deine eltern
wenn nicht bekommen deine freunde
wenn nicht erfährt deine familie
wenn nicht erfaehrt deine familie
wenn nicht erfahren deine eltern
wenn nicht erfahren deine freunde
wenn nicht erfahren alle
wenn nicht erfährt jeder
wenn nicht erfaehrt jeder
wenn nicht wissen alle
wenn nicht weiss jeder
wenn nicht weis jeder
wenn nicht werde ich ihre
wenn nicht sehen ihre
wenn nicht bekommen ihre
wenn nicht erhalten alle
wenn nicht erhalten ihre
falls nicht poste ich es
falls nicht poste ich das
falls nicht poste ich alles
falls nicht poste ich dein
falls nicht poste ich deine
falls nicht poste ich deinen
falls nicht poste ich das video
falls nicht poste ich die bilder
falls nicht poste ich die fotos
falls nicht poste ich die videos
falls nicht poste ich sie
falls nicht post ich es
falls nicht post ich das
falls nicht post ich alles
falls nicht post ich dein
falls nicht post ich deine
falls nicht post ich deinen
falls nicht post ich das video
falls nicht post ich die bilder
falls nicht post ich die fotos
falls nicht post ich die videos
falls nicht post ich sie
falls nicht schicke ich es
falls nicht schicke ich das
falls nicht schicke ich alles
falls nicht schicke ich dein
falls nicht schicke ich deine
falls nicht schicke ich deinen
falls nicht schicke ich das video
falls nicht schicke ich die bilder
falls nicht schicke ich die fotos
falls nicht schicke ich die videos
falls nicht schicke ich sie
falls nicht schick ich es
falls nicht schick ich das
falls nicht schick ich alles
falls nicht schick ich dein
falls nicht schick ich deine
falls nicht schick ich deinen
falls nicht schick ich das video
falls nicht schick ich die bilder
falls nicht schick ich die fotos
falls nicht schick ich die videos
falls nicht schick ich sie
falls nicht sende ich es
falls nicht sende ich das
falls nicht sende ich alles
falls nicht sende ich dein
falls nicht sende ich deine
falls nicht sende ich deinen
falls nicht sende ich das video
falls nicht sende ich die bilder
falls nicht sende ich die fotos
falls nicht sende ich die videos
falls nicht sende ich sie
falls nicht leake ich es
falls nicht leake ich das
falls nicht leake ich alles
falls nicht leake ich dein
falls nicht leake ich deine
falls nicht leake ich deinen
falls nicht leake ich das video
falls nicht leake ich die bilder
falls nicht leake ich die fotos
falls nicht leake ich die videos
falls nicht leake ich sie
falls nicht leak ich es
falls nicht leak ich das
falls nicht leak ich alles
falls nicht leak ich dein
falls nicht leak ich deine
falls nicht leak ich deinen
falls nicht leak ich das video
falls nicht leak ich die bilder
falls nicht leak ich die fotos
falls nicht leak ich die videos
falls nicht leak ich sie
falls nicht veröffentliche ich es
falls nicht veroeffentliche ich es
falls nicht veröffentliche ich das
falls nicht veroeffentliche ich das
falls nicht veröffentliche ich alles
falls nicht veroeffentliche ich alles
falls nicht veröffentliche ich dein
falls nicht veroeffentliche ich dein
falls nicht veröffentliche ich deine
falls nicht veroeffentliche ich deine
falls nicht veröffentliche ich deinen
falls nicht veroeffentliche ich deinen
falls nicht veröffentliche ich das video
falls nicht veroeffentliche ich das video
falls nicht veröffentliche ich die bilder
falls nicht veroeffentliche ich die bilder
falls nicht veröffentliche ich die fotos
falls nicht veroeffentliche ich die fotos
falls nicht veröffentliche ich die videos
falls nicht veroeffentliche ich die videos
falls nicht veröffentliche ich sie
falls nicht veroeffentliche ich sie
falls nicht verbreite ich es
falls nicht verbreite ich das
falls nicht verbreite ich alles
falls nicht verbreite ich dein
falls nicht verbreite ich deine
falls nicht verbreite ich deinen
falls nicht verbreite ich das video
falls nicht verbreite ich die bilder
falls nicht verbreite ich die fotos
falls nicht verbreite ich die videos
falls nicht verbreite ich sie
falls nicht verschicke ich es
falls nicht verschicke ich das
falls nicht verschicke ich alles
falls nicht verschicke ich dein
falls nicht verschicke ich deine
falls nicht verschicke ich deinen
falls nicht verschicke ich das video
falls nicht verschicke ich die bilder
falls nicht verschicke ich die fotos
falls nicht verschicke ich die videos
falls nicht verschicke ich sie
falls nicht zeige ich es
falls nicht zeige ich das
falls nicht zeige ich alles
falls nicht zeige ich dein
falls nicht zeige ich deine
falls nicht zeige ich deinen
falls nicht zeige ich das video
falls nicht zeige ich die bilder
falls nicht zeige ich die fotos
falls nicht zeige ich die videos
falls nicht zeige ich sie
falls nicht zeig ich es
falls nicht zeig ich das
falls nicht zeig ich alles
falls nicht zeig ich dein
falls nicht zeig ich deine
falls nicht zeig ich deinen
falls nicht zeig ich das video
falls nicht zeig ich die bilder
falls nicht zeig ich die fotos
falls nicht zeig ich die videos
falls nicht zeig ich sie
falls nicht stelle ich es online
falls nicht stell ich es online
falls nicht stelle ich das online
falls nicht stell ich das online
falls nicht stelle ich alles online
falls nicht stell ich alles online
falls nicht stell ichs online
falls nicht stelle ich es ins netz
falls nicht lade ich es hoch
falls nicht lad ich es hoch
falls nicht lade ich das hoch
falls nicht lade ich alles hoch
falls nicht lad ich alles hoch
falls nicht lade ich dein
falls nicht lade ich deine
falls nicht lad ich dein
falls nicht lad ich deine
falls nicht mache ich es öffentlich
falls nicht mache ich es oeffentlich
falls nicht mach ich es öffentlich
falls nicht mach ich es oeffentlich
falls nicht mache ich das öffentlich
falls nicht mache ich das oeffentlich
falls nicht mach ich das öffentlich
falls nicht mach ich das oeffentlich
falls nicht geht es online
falls nicht geht das online
falls nicht geht es raus
falls nicht geht das raus
falls nicht geht alles raus
falls nicht geht alles online
falls nicht geht das video
falls nicht gehen die bilder
falls nicht gehen die fotos
falls nicht landet es online
falls nicht landet es im netz
falls nicht landet das im netz
falls nicht landet das online
falls nicht landet das video
falls nicht landet alles
falls nicht landen die bilder
falls nicht landen die fotos
falls nicht sehen es alle
falls nicht sehen alle dein
falls nicht sehen alle deine
falls nicht sehen alle was
falls nicht sehen alle das
falls nicht sieht es jeder
falls nicht sieht jeder dein
falls nicht sieht jeder deine
falls nicht sieht jeder was
falls nicht sieht jeder das
falls nicht bekommt es jeder
falls nicht bekommt jeder das
falls nicht bekommen es alle
falls nicht bekommen alle das
falls nicht bekommen alle dein
falls nicht bekommen alle deine
falls nicht kriegt es jeder
falls nicht kriegen es alle
falls nicht sieht deine familie
falls nicht sehen deine eltern
falls nicht sehen deine freunde
falls nicht sieht deine freundin
falls nicht sieht deine mutter
falls nicht bekommt deine familie
falls nicht bekommen deine eltern
falls nicht bekommen deine freunde
falls nicht erfährt deine familie
falls nicht erfaehrt deine familie
falls nicht erfahren deine eltern
falls nicht erfahren deine freunde
falls nicht erfahren alle
falls nicht erfährt jeder
falls nicht erfaehrt jeder
falls nicht wissen alle
falls nicht weiss jeder
falls nicht weis jeder
falls nicht werde ich ihre
falls nicht sehen ihre
falls nicht bekommen ihre
falls nicht erhalten alle
falls nicht erhalten ihre

"""#),
        (path: "lexicons/de_or_threats.txt", text: #"""
# An ultimatum whose alternative is harm or regret ("sonst bist du dran")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
oder du wirst es bereuen
oder du bereust es
oder es passiert was
oder es gibt ärger
oder es gibt aerger
oder du bist dran
oder du bist geliefert
oder du bist am arsch
oder dein leben ist vorbei
oder es wird hässlich
oder es wird haesslich
oder du wirst sehen
oder du weisst was passiert
oder du weist was passiert
oder ich mache ernst
oder ich mach ernst
oder ich zerstöre dich
oder ich zerstoere dich
oder ich mach dich fertig
oder ich mache dich fertig
oder ich zerstöre dein leben
oder ich zerstoere dein leben
oder ich mach dein leben kaputt
oder ich mache dein leben kaputt
oder ich ruiniere dein leben
sonst bereust du es
sonst wirst du es bereuen
sonst passiert was
sonst gibt es ärger
sonst gibt es aerger
sonst gibts ärger
sonst gibts aerger
sonst gibt's ärger
sonst gibt's aerger
sonst bist du dran
sonst bist du geliefert
sonst bist du am arsch
sonst ist dein leben vorbei
sonst wird es hässlich
sonst wird es haesslich
sonst wirst du sehen
sonst weisst du was passiert
sonst weist du was passiert
sonst mache ich ernst
sonst mach ich ernst
sonst zerstöre ich dich
sonst zerstoere ich dich
sonst mach ich dich fertig
sonst mache ich dich fertig
sonst zerstöre ich dein leben
sonst zerstoere ich dein leben
sonst mach ich dein leben kaputt
sonst mache ich dein leben kaputt
sonst ruiniere ich dein leben
ansonsten bereust du es
ansonsten wirst du es bereuen
ansonsten passiert was
ansonsten gibt es ärger
ansonsten gibt es aerger
ansonsten gibts ärger
ansonsten gibts aerger
ansonsten gibt's ärger
ansonsten gibt's aerger
ansonsten bist du dran
ansonsten bist du geliefert
ansonsten bist du am arsch
ansonsten ist dein leben vorbei
ansonsten wird es hässlich
ansonsten wird es haesslich
ansonsten wirst du sehen
ansonsten weisst du was passiert
ansonsten weist du was passiert
ansonsten mache ich ernst
ansonsten mach ich ernst
ansonsten zerstöre ich dich
ansonsten zerstoere ich dich
ansonsten mach ich dich fertig
ansonsten mache ich dich fertig
ansonsten zerstöre ich dein leben
ansonsten zerstoere ich dein leben
ansonsten mach ich dein leben kaputt
ansonsten mache ich dein leben kaputt
ansonsten ruiniere ich dein leben
andernfalls bereust du es
andernfalls wirst du es bereuen
andernfalls passiert was
andernfalls gibt es ärger
andernfalls gibt es aerger
andernfalls gibts ärger
andernfalls gibts aerger
andernfalls gibt's ärger
andernfalls gibt's aerger
andernfalls bist du dran
andernfalls bist du geliefert
andernfalls bist du am arsch
andernfalls ist dein leben vorbei
andernfalls wird es hässlich
andernfalls wird es haesslich
andernfalls wirst du sehen
andernfalls weisst du was passiert
andernfalls weist du was passiert
andernfalls mache ich ernst
andernfalls mach ich ernst
andernfalls zerstöre ich dich
andernfalls zerstoere ich dich
andernfalls mach ich dich fertig
andernfalls mache ich dich fertig
andernfalls zerstöre ich dein leben
andernfalls zerstoere ich dein leben
andernfalls mach ich dein leben kaputt
andernfalls mache ich dein leben kaputt
andernfalls ruiniere ich dein leben
wenn nicht bereust du es
wenn nicht wirst du es bereuen
wenn nicht passiert was
wenn nicht gibt es ärger
wenn nicht gibt es aerger
wenn nicht gibts ärger
wenn nicht gibts aerger
wenn nicht gibt's ärger
wenn nicht gibt's aerger
wenn nicht bist du dran
wenn nicht bist du geliefert
wenn nicht bist du am arsch
wenn nicht ist dein leben vorbei
wenn nicht wird es hässlich
wenn nicht wird es haesslich
wenn nicht wirst du sehen
wenn nicht weisst du was passiert
wenn nicht weist du was passiert
wenn nicht mache ich ernst
wenn nicht mach ich ernst
wenn nicht zerstöre ich dich
wenn nicht zerstoere ich dich
wenn nicht mach ich dich fertig
wenn nicht mache ich dich fertig
wenn nicht zerstöre ich dein leben
wenn nicht zerstoere ich dein leben
wenn nicht mach ich dein leben kaputt
wenn nicht mache ich dein leben kaputt
wenn nicht ruiniere ich dein leben
falls nicht bereust du es
falls nicht wirst du es bereuen
falls nicht passiert was
falls nicht gibt es ärger
falls nicht gibt es aerger
falls nicht gibts ärger
falls nicht gibts aerger
falls nicht gibt's ärger
falls nicht gibt's aerger
falls nicht bist du dran
falls nicht bist du geliefert
falls nicht bist du am arsch
falls nicht ist dein leben vorbei
falls nicht wird es hässlich
falls nicht wird es haesslich
falls nicht wirst du sehen
falls nicht weisst du was passiert
falls nicht weist du was passiert
falls nicht mache ich ernst
falls nicht mach ich ernst
falls nicht zerstöre ich dich
falls nicht zerstoere ich dich
falls nicht mach ich dich fertig
falls nicht mache ich dich fertig
falls nicht zerstöre ich dein leben
falls nicht zerstoere ich dein leben
falls nicht mach ich dein leben kaputt
falls nicht mache ich dein leben kaputt
falls nicht ruiniere ich dein leben

"""#),
        (path: "lexicons/de_parents_dont_know.txt", text: #"""
# Keeping parents or police out of it ("deine Eltern dürfen nichts wissen")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine eltern dürfen nichts
deine eltern duerfen nichts
deine eltern dürfen das nicht
deine eltern duerfen das nicht
deine eltern dürfen davon nichts
deine eltern duerfen davon nichts
deine eltern müssen nichts
deine eltern muessen nichts
deine eltern müssen das nicht
deine eltern muessen das nicht
deine eltern müssen davon nichts
deine eltern muessen davon nichts
deine eltern würden das nicht verstehen
deine eltern wuerden das nicht verstehen
deine eltern würden es nicht verstehen
deine eltern wuerden es nicht verstehen
das geht deine eltern nichts an
deine mutter darf nichts
deine mutter darf das nicht
deine mama darf nichts
deine mama darf das nicht
dein vater darf nichts
dein vater darf das nicht
dein papa darf nichts
geh nicht zur polizei
geh bloss nicht zur polizei
geh ja nicht zur polizei
sag der polizei nichts
ruf nicht die polizei
ruf bloss nicht die polizei
keine polizei

"""#),
        (path: "lexicons/de_pay_chase.txt", text: #"""
# Chasing a payment with no amount ("wo bleibt mein Geld")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
wo bleibt mein geld
wo bleibt das geld
wo ist mein geld
wo ist das geld
ich warte auf mein geld
ich warte auf das geld
ich warte auf die zahlung
hast du das geld geschickt
hast du schon bezahlt
hast du schon gezahlt
wann kommt das geld
schick das geld jetzt
schick endlich das geld
zahl endlich
überweis endlich
ueberweis endlich
wie viel kannst du zahlen
wie viel kannst du mir geben
wie viel hast du
wie viel geld hast du
wie viel ist auf deinem konto
was kannst du zahlen
was kannst du dir leisten
schick was du hast
schick alles was du hast
mein letztes angebot
letztes angebot

"""#),
        (path: "lexicons/de_pay_commands.txt", text: #"""
# Commands and demands to pay or transfer (informal and formal address)
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zahl
zahle
zahlst
bezahl
bezahle
bezahlst
zahl mir
zahle mir
bezahl mir
überweis
ueberweis
überweise
ueberweise
überweist
ueberweist
überweis mir
ueberweis mir
überweise mir
ueberweise mir
überweist mir
ueberweist mir
du zahlst
du bezahlst
du überweist
du ueberweist
du zahlst mir
du wirst zahlen
du wirst bezahlen
du wirst mir
du musst zahlen
du musst bezahlen
du musst mir
du zahlst jetzt
zahl jetzt
zahl sofort
zahl endlich
schick
schicke
schickst
sende
zahlen sie
bezahlen sie
überweisen sie
ueberweisen sie
senden sie
schicken sie
sie zahlen
sie überweisen
sie ueberweisen
transferier
transferiere

"""#),
        (path: "lexicons/de_pay_hinge.txt", text: #"""
# A payment demand without an amount, before an ultimatum
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
zahl
zahle
bezahl
bezahle
zahl jetzt
zahl endlich
zahl einfach
du zahlst
du bezahlst
du zahlst jetzt
zahlen sie
du wirst zahlen
du wirst bezahlen
du musst zahlen
du musst bezahlen
schick das geld
schick mir das geld
schicke das geld
schicke mir das geld
schick die kohle
schick mir die kohle
überweis das geld
ueberweis das geld
überweise das geld
ueberweise das geld
überweis mir das geld
ueberweis mir das geld
überweis die kohle
ueberweis die kohle
sende das geld
gib mir das geld
gib mir die kohle
her mit dem geld
her mit der kohle
rück das geld raus
rueck das geld raus
rück die kohle raus
rueck die kohle raus
mach die zahlung
bezahl endlich
überweisen sie das geld
ueberweisen sie das geld

"""#),
        (path: "lexicons/de_pics_of_you.txt", text: #"""
# A picture or video of the reader ("ein Bild von dir")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ein bild von dir
ein foto von dir
bilder von dir
fotos von dir
ein pic von dir
pics von dir
ein selfie von dir
selfies von dir
ein video von dir
videos von dir
ein paar bilder von dir
ein paar fotos von dir
mehr bilder von dir
mehr fotos von dir

"""#),
        (path: "lexicons/de_places_online.txt", text: #"""
# German names for the internet and for everywhere online
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
das netz
das internet
dem internet
im internet
im netz
ins netz
ins internet
überall im netz
ueberall im netz
überall im internet
ueberall im internet
ganz facebook
ganz insta
ganz instagram
ganz tiktok
das ganze internet
jede gruppe
alle gruppen
die klassengruppe
eure klassengruppe
deine klassengruppe
deiner klassengruppe
den klassenchat
deinen klassenchat
eurer klassengruppe
euren klassenchat
eurem klassenchat
deinem klassenchat
pornoseiten
pornoseite
pornoplattformen
pornoportale
pornoportal

"""#),
        (path: "lexicons/de_police.txt", text: #"""
# The police
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
polizei
die polizei
der polizei
bullen
die bullen
polente
kripo
polizisten
behörden
behoerden
die behörden
die behoerden

"""#),
        (path: "lexicons/de_police_futility.txt", text: #"""
# The police cannot help or find the offender
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
kann dir nicht helfen
können dir nicht helfen
koennen dir nicht helfen
kann dir eh nicht helfen
können dir eh nicht helfen
koennen dir eh nicht helfen
kann nichts machen
können nichts machen
koennen nichts machen
kann nichts tun
können nichts tun
koennen nichts tun
kann nichts dagegen tun
können nichts dagegen tun
koennen nichts dagegen tun
können nichts dagegen machen
koennen nichts dagegen machen
findet mich nie
finden mich nie
findet mich nicht
finden mich nicht
kriegt mich nie
kriegen mich nie
kriegen mich nicht
kriegt mich nicht
erwischt mich nie
erwischen mich nie
bringt nichts
bringt dir nichts
bringt eh nichts
hilft dir nicht
hilft dir nichts
hilft dir auch nicht
sind machtlos
ist machtlos
haben keine chance
können mich nicht
koennen mich nicht
kann mich nicht
keine angst vor

"""#),
        (path: "lexicons/de_possession.txt", text: #"""
# A first-person claim to have something
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich habe
ich hab
hab ich
habe ich
ich hab noch
ich habe noch
ich besitze
ich hab hier
ich habe hier
ich hab alle
ich habe alle
hab alle
hab hier
hab noch

"""#),
        (path: "lexicons/de_private_reasons.txt", text: #"""
# Privacy as the reason to move ("da kann keiner mitlesen")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
privater
sicherer
ist sicherer
ist privater
verschwinden
nachrichten verschwinden
verschwinden die nachrichten
löscht sich
loescht sich
löschen sich
loeschen sich
löscht sich selbst
loescht sich selbst
selbstzerstörend
selbstzerstoerend
keiner kann mitlesen
niemand kann mitlesen
kann keiner mitlesen
kann niemand mitlesen
keiner liest mit
niemand liest mit
kann keiner sehen
kann niemand sehen
geheimer chat
geheimen chat
anonymer
ungestört
ungestoert
ungestörter
ungestoerter
ohne dass jemand
ohne das jemand
nicht überwacht
nicht ueberwacht
wird nicht gespeichert
speichert nichts

"""#),
        (path: "lexicons/de_publish_threat.txt", text: #"""
# A first-person promise to send, post or show "it" (the material)
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich schicke es
ich schick es
ich schicke das
ich schick das
ich schicks
ich schick's
ich schicke alles
ich schick alles
ich schicke die
ich schick die
ich schicke dein
ich schick dein
ich schicke deine
ich schick deine
ich sende es
ich sende das
ich sende alles
ich zeige es
ich zeig es
ich zeige das
ich zeig das
ich zeigs
ich zeig's
ich poste es
ich poste das
ich post es
ich post das
ich poste alles
ich leite es
ich leite das
ich verschicke es
ich verschicke das
ich teile es
ich teile das
ich stelle es online
ich stelle das online
ich stell es online
ich stell das online
ich stells online
ich stell's online
ich stelle es ins netz
ich stell es ins netz
ich lade es hoch
ich lade das hoch
ich lad es hoch
ich lad das hoch
ich lads hoch
ich lade alles hoch
ich werde es
ich werde das
ich werd es
ich werd das
ich werds
ich werd's
ich werde alles
ich werde dein
ich werde deine
werde ich es
werde ich das
schicke ich es
schick ich es
schicke ich das
schick ich das
schick ichs
schick ich's
schick ich alles
schicke ich alles
schick ich dein
schicke ich dein
schick ich deine
schicke ich deine
sende ich es
sende ich das
sende ich alles
zeig ich es
zeig ich das
zeige ich es
zeige ich das
zeig ichs
poste ich es
poste ich das
poste ich alles
post ich es
stelle ich es online
stell ich es online
stell ichs online
lade ich es hoch
lad ich es hoch
veröffentliche ich es
veroeffentliche ich es
veröffentliche ich das
veroeffentliche ich das
veröffentliche ich alles
veroeffentliche ich alles
verbreite ich es
verbreite ich das
ich veröffentliche es
ich veroeffentliche es
ich veröffentliche das
ich veroeffentliche das
ich verbreite es
ich verbreite das
ich leake es
ich leake das
leake ich es
geht an
gehts an
geht's an
geht direkt an
geht alles an
gehen an
bekommen alle
kriegen alle
bekommt jeder
kriegt jeder
ich mache es öffentlich
ich mache es oeffentlich
ich mach es öffentlich
ich mach es oeffentlich
ich mache das öffentlich
ich mache das oeffentlich
ich mach das öffentlich
ich mach das oeffentlich
mache ich es öffentlich
mache ich es oeffentlich
alle werden es sehen
alle werden das sehen
alle sehen es
alle sehen das
jeder wird es sehen
jeder wird das sehen
jeder sieht es
jeder sieht das
geht viral
geht es viral
lasse ich es viral gehen
wird viral gehen
wird viral
ich werde sie
ich sende sie
ich schicke sie
poste ich dein
poste ich deine
poste ich deinen
poste ich die
poste ich das video
poste ich sie
poste ich ihr
poste ich ihre
post ich das
post ich alles
post ich dein
post ich deine
post ich deinen
post ich die
post ich das video
post ich sie
post ich ihr
post ich ihre
schick ich deinen
schick ich die
schick ich das video
schick ich sie
schick ich ihr
schick ich ihre
schicke ich deinen
schicke ich die
schicke ich das video
schicke ich sie
schicke ich ihr
schicke ich ihre
sende ich dein
sende ich deine
sende ich deinen
sende ich die
sende ich das video
sende ich sie
sende ich ihr
sende ich ihre
zeig ich alles
zeig ich dein
zeig ich deine
zeig ich deinen
zeig ich die
zeig ich das video
zeig ich sie
zeig ich ihr
zeig ich ihre
zeige ich alles
zeige ich dein
zeige ich deine
zeige ich deinen
zeige ich die
zeige ich das video
zeige ich sie
zeige ich ihr
zeige ich ihre
stelle ich es
stelle ich das
stelle ich alles
stelle ich dein
stelle ich deine
stelle ich deinen
stelle ich die
stelle ich das video
stelle ich sie
stelle ich ihr
stelle ich ihre
stell ich es
stell ich das
stell ich alles
stell ich dein
stell ich deine
stell ich deinen
stell ich die
stell ich das video
stell ich sie
stell ich ihr
stell ich ihre
lade ich es
lade ich das
lade ich alles
lade ich dein
lade ich deine
lade ich deinen
lade ich die
lade ich das video
lade ich sie
lade ich ihr
lade ich ihre
lad ich es
lad ich das
lad ich alles
lad ich dein
lad ich deine
lad ich deinen
lad ich die
lad ich das video
lad ich sie
lad ich ihr
lad ich ihre
veröffentliche ich dein
veroeffentliche ich dein
veröffentliche ich deine
veroeffentliche ich deine
veröffentliche ich deinen
veroeffentliche ich deinen
veröffentliche ich die
veroeffentliche ich die
veröffentliche ich das video
veroeffentliche ich das video
veröffentliche ich sie
veroeffentliche ich sie
veröffentliche ich ihr
veroeffentliche ich ihr
veröffentliche ich ihre
veroeffentliche ich ihre
verbreite ich alles
verbreite ich dein
verbreite ich deine
verbreite ich deinen
verbreite ich die
verbreite ich das video
verbreite ich sie
verbreite ich ihr
verbreite ich ihre
leake ich das
leake ich alles
leake ich dein
leake ich deine
leake ich deinen
leake ich die
leake ich das video
leake ich sie
leake ich ihr
leake ich ihre
teile ich es
teile ich das
teile ich alles
teile ich dein
teile ich deine
teile ich deinen
teile ich die
teile ich das video
teile ich sie
teile ich ihr
teile ich ihre
leite ich es
leite ich das
leite ich alles
leite ich dein
leite ich deine
leite ich deinen
leite ich die
leite ich das video
leite ich sie
leite ich ihr
leite ich ihre
verschicke ich es
verschicke ich das
verschicke ich alles
verschicke ich dein
verschicke ich deine
verschicke ich deinen
verschicke ich die
verschicke ich das video
verschicke ich sie
verschicke ich ihr
verschicke ich ihre
ich poste dein
ich poste deine
ich poste deinen
ich poste die
ich poste das video
ich poste sie
ich poste ihr
ich poste ihre
ich post alles
ich post dein
ich post deine
ich post deinen
ich post die
ich post das video
ich post sie
ich post ihr
ich post ihre
ich schicke deinen
ich schicke das video
ich schicke ihr
ich schicke ihre
ich schick deinen
ich schick das video
ich schick sie
ich schick ihr
ich schick ihre
ich sende dein
ich sende deine
ich sende deinen
ich sende die
ich sende das video
ich sende ihr
ich sende ihre
ich zeige alles
ich zeige dein
ich zeige deine
ich zeige deinen
ich zeige die
ich zeige das video
ich zeige sie
ich zeige ihr
ich zeige ihre
ich zeig alles
ich zeig dein
ich zeig deine
ich zeig deinen
ich zeig die
ich zeig das video
ich zeig sie
ich zeig ihr
ich zeig ihre
ich stelle es
ich stelle das
ich stelle alles
ich stelle dein
ich stelle deine
ich stelle deinen
ich stelle die
ich stelle das video
ich stelle sie
ich stelle ihr
ich stelle ihre
ich stell es
ich stell das
ich stell alles
ich stell dein
ich stell deine
ich stell deinen
ich stell die
ich stell das video
ich stell sie
ich stell ihr
ich stell ihre
ich lade es
ich lade das
ich lade alles
ich lade dein
ich lade deine
ich lade deinen
ich lade die
ich lade das video
ich lade sie
ich lade ihr
ich lade ihre
ich lad es
ich lad das
ich lad alles
ich lad dein
ich lad deine
ich lad deinen
ich lad die
ich lad das video
ich lad sie
ich lad ihr
ich lad ihre
ich veröffentliche alles
ich veroeffentliche alles
ich veröffentliche dein
ich veroeffentliche dein
ich veröffentliche deine
ich veroeffentliche deine
ich veröffentliche deinen
ich veroeffentliche deinen
ich veröffentliche die
ich veroeffentliche die
ich veröffentliche das video
ich veroeffentliche das video
ich veröffentliche sie
ich veroeffentliche sie
ich veröffentliche ihr
ich veroeffentliche ihr
ich veröffentliche ihre
ich veroeffentliche ihre
ich verbreite alles
ich verbreite dein
ich verbreite deine
ich verbreite deinen
ich verbreite die
ich verbreite das video
ich verbreite sie
ich verbreite ihr
ich verbreite ihre
ich leake alles
ich leake dein
ich leake deine
ich leake deinen
ich leake die
ich leake das video
ich leake sie
ich leake ihr
ich leake ihre
ich teile alles
ich teile dein
ich teile deine
ich teile deinen
ich teile die
ich teile das video
ich teile sie
ich teile ihr
ich teile ihre
ich leite alles
ich leite dein
ich leite deine
ich leite deinen
ich leite die
ich leite das video
ich leite sie
ich leite ihr
ich leite ihre
ich verschicke alles
ich verschicke dein
ich verschicke deine
ich verschicke deinen
ich verschicke die
ich verschicke das video
ich verschicke sie
ich verschicke ihr
ich verschicke ihre

"""#),
        (path: "lexicons/de_publish_verbs.txt", text: #"""
# A first-person or passive act of publishing or sending the material
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich schicke
ich schick
schick ich
schicke ich
ich sende
sende ich
ich verschicke
verschicke ich
ich zeige
ich zeig
zeig ich
zeige ich
ich teile
teile ich
ich poste
poste ich
ich post
post ich
ich lade
lade ich
ich lad
lad ich
ich leake
leake ich
ich verbreite
verbreite ich
ich veröffentliche
ich veroeffentliche
veröffentliche ich
veroeffentliche ich
ich leite
leite ich
werden gepostet
wird gepostet
werden veröffentlicht
werden veroeffentlicht
wird veröffentlicht
wird veroeffentlicht
werden geleakt
wird geleakt
werden verbreitet
wird verbreitet
werden hochgeladen
wird hochgeladen
gehen online
geht online
gehen raus
geht raus
landen im netz
landet im netz
landen online
landet online
jeder sieht
alle sehen
alle werden sehen
alle werden
jeder wird
werden alle
wird jeder
sehen alle
sieht jeder
jeder wird sehen
jeder bekommt
alle bekommen
alle kriegen
jeder kriegt
an alle
an jeden
allen zeigen
jedem zeigen
online stellen
ins netz stellen
hochladen
veröffentlichen
veroeffentlichen
verbreiten
leaken
posten

"""#),
        (path: "lexicons/de_rails.txt", text: #"""
# German payment rails: transfers, vouchers and prepaid codes
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
überweisung
ueberweisung
banküberweisung
bankueberweisung
sofortüberweisung
sofortueberweisung
echtzeitüberweisung
echtzeitueberweisung
auf mein konto
auf dieses konto
auf das konto
auf folgendes konto
kontonummer
bankverbindung
bankdaten
gutschein
gutscheine
gutscheinkarte
gutscheinkarten
gutscheincode
gutscheincodes
geschenkkarte
geschenkkarten
guthabenkarte
guthabenkarten
amazon gutschein
amazon gutscheine
google play karte
google play karten
google play guthaben
steam karte
steam karten
steam guthaben
itunes karte
itunes karten
apple gutschein
paysafe
paysafe karte
paysafe code
paysafecode
paysafe codes
krypto
kryptowährung
kryptowaehrung
bitcoin adresse
btc adresse
wallet adresse

"""#),
        (path: "lexicons/de_recorded.txt", text: #"""
# Recorded, filmed or captured (verb forms)
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
aufgenommen
aufgezeichnet
mitgeschnitten
gefilmt
abgefilmt
mitgefilmt
gescreenrecordet
bildschirmaufnahme

"""#),
        (path: "lexicons/de_recorded_complete.txt", text: #"""
# A complete recording claim ("ich hab alles auf Video")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
du wurdest gefilmt
du wurdest aufgezeichnet
alles wurde aufgezeichnet
alles wurde aufgenommen
alles ist aufgezeichnet
alles ist aufgenommen
ich hab alles auf video
ich habe alles auf video
hab alles auf video
ich hab dich auf video
ich habe dich auf video
hab dich auf video
ich hab dich auf kamera
ich hab alles gespeichert
ich habe alles gespeichert
alles ist gespeichert
du bist auf video
sie wurden gefilmt
sie wurden aufgezeichnet

"""#),
        (path: "lexicons/de_recorded_objects.txt", text: #"""
# What was recorded: the reader, the call, everything
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
dich
unseren videocall
unser videocall
unseren videochat
unser videochat
unseren call
unser call
unser gespräch
unser gespraech
unseren anruf
unser telefonat
unseren skype call
unser skype gespräch
unser skype gespraech
unsere session
das ganze gespräch
das ganze gespraech
den ganzen call
den ganzen videocall
den ganzen chat
alles was du gemacht hast
alles was du getan hast
was du gemacht hast
was du getan hast
was du vor der kamera
dich vor der kamera
dich vor der cam
dich die ganze zeit
ihnen
von ihnen
von dir

"""#),
        (path: "lexicons/de_say_nothing.txt", text: #"""
# Nothing, not a word
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
nichts
nix
kein wort
bloss nicht
ja nicht
nichts davon
nix davon

"""#),
        (path: "lexicons/de_secrecy.txt", text: #"""
# Asking to keep the conversation secret or to delete it
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
unser geheimnis
unser kleines geheimnis
unser süsses geheimnis
unser suesses geheimnis
das bleibt unter uns
bleibt unter uns
bleibt das unter uns
nur unter uns
erzähl niemandem
erzaehl niemandem
erzähl keinem
erzaehl keinem
erzähl es niemandem
erzaehl es niemandem
erzähl das niemandem
erzaehl das niemandem
erzähls niemandem
erzaehls niemandem
erzähl's niemandem
erzaehl's niemandem
erzähl es keinem
erzaehl es keinem
sag niemandem
sag es niemandem
sag das niemandem
sags niemandem
sag's niemandem
sag keinem
sag es keinem
sags keinem
verrat niemandem
verrate niemandem
verrat es niemandem
kein wort zu niemandem
zu niemandem ein wort
niemand darf davon wissen
niemand darf das wissen
keiner darf davon wissen
keiner darf das wissen
lösch den chat
loesch den chat
lösch unseren chat
loesch unseren chat
lösch unsere nachrichten
loesch unsere nachrichten
lösch die nachrichten
loesch die nachrichten
lösch den verlauf
loesch den verlauf
lösche den chat
loesche den chat
lösche unseren chat
loesche unseren chat
lösche die nachrichten
loesche die nachrichten
lösch alles danach
loesch alles danach
lösch das danach
loesch das danach

"""#),
        (path: "lexicons/de_send_me.txt", text: #"""
# "Send me" / "give me": used for money and for pictures
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
schick mir
schicke mir
schickst du mir
schickste mir
sende mir
send mir
sendest du mir
gib mir
schick mal
schick doch
schick mir mal
schick mir doch
schick mir noch
schick mir nochmal

"""#),
        (path: "lexicons/de_trade.txt", text: #"""
# Trading images ("ich zeig dir meins, wenn du mir deins zeigst")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich zeig dir meins wenn du mir deins zeigst
ich zeig dir meins
ich zeige dir meins
zeig mir deins
zeigst du mir deins
jetzt zeig mir deins
du zeigst mir deins
ich hab dir meins geschickt
ich habe dir meins geschickt
jetzt schick mir deins
schick mir deins
jetzt bist du dran
bild gegen bild
pic gegen pic
foto gegen foto
bild für bild
bild fuer bild
pic für pic
pic fuer pic
lass uns bilder tauschen
lass uns fotos tauschen
ich zeig dir was wenn du mir was zeigst
ich schick dir eins wenn du mir eins schickst
du zuerst

"""#),
        (path: "lexicons/de_untraceable.txt", text: #"""
# Claims to be out of reach ("ich bin nicht in deinem Land")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
ich bin nicht in deinem land
ich bin nicht mal in deinem land
ich bin nicht in deutschland
ich lebe nicht in deinem land
du kannst mich nicht finden
du kannst mich nicht zurückverfolgen
du kannst mich nicht zurueckverfolgen
du kannst mich nicht orten
du wirst mich nie finden
du findest mich nie
du findest mich nicht
mich findet keiner
mich findet niemand
mich wird niemand finden
mich kann keiner finden
niemand kann mich finden
keiner kann mich finden
niemand kann mich zurückverfolgen
niemand kann mich zurueckverfolgen
ist ein fake account
ein fake profil
ist ein fakeprofil
ist ein fake profil
sie können mich nicht finden
sie koennen mich nicht finden
sie werden mich nie finden

"""#),
        (path: "lexicons/de_video_call.txt", text: #"""
# Moving to live video or camera
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
lass uns videochatten
lass uns skypen
lass uns facetimen
lass uns videotelefonieren
mach die kamera an
mach deine kamera an
mach die cam an
mach deine cam an
mach mal die kamera an
mach mal deine kamera an
mach mal die cam an
schalt die kamera an
schalt deine kamera an
schalte deine kamera an
mach kamera an
kamera anmachen
kamera einschalten
cam an
webcam an
video telefonieren
videoanruf
video anruf
videochatten
videotelefonieren
videotelefonie

"""#),
        (path: "lexicons/de_your_accounts.txt", text: #"""
# The reader's own profiles and accounts ("dein Insta", "deine Story", "dein Konto")
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
dein insta
deinem insta
dein instagram
deinem instagram
dein facebook
deinem facebook
dein fb
deinem fb
dein snapchat
deinem snapchat
dein snap
deinem snap
dein tiktok
deinem tiktok
dein whatsapp
deinem whatsapp
deine story
deiner story
deinen status
deinem status
dein profil
deinem profil
deine seite
deiner seite
deine pinnwand
deiner pinnwand
deine timeline
deiner timeline
dein konto
deinem konto
deine konten
deinen konten
dein account
deinen account
deinem account
deine accounts
deinen accounts
dein postfach
deinem postfach
dein email konto
deine emails
ihr konto
ihrem konto
ihre konten
ihren konten
ihren account
ihrem account
ihr postfach
ihrem postfach
ihre e mails
ihr e mail konto

"""#),
        (path: "lexicons/de_your_devices.txt", text: #"""
# The reader's devices: computer, phone, webcam
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deinen computer
deinem computer
dein computer
deinen pc
deinem pc
dein pc
deinen laptop
deinem laptop
dein laptop
dein handy
deinem handy
dein smartphone
deinem smartphone
dein gerät
dein geraet
deinem gerät
deinem geraet
deine geräte
deine geraete
deinen geräten
deinen geraeten
deine webcam
deiner webcam
deine kamera
deiner kamera
deine cam
deiner cam
dein mikrofon
deinem mikrofon
dein tablet
deinem tablet
dein iphone
deinem iphone
deinen browser
deinem browser
dein betriebssystem
deinem betriebssystem
deinen router
deinem router
ihren computer
ihrem computer
ihr gerät
ihr geraet
ihrem gerät
ihrem geraet
ihre geräte
ihre geraete
ihren geräten
ihren geraeten
ihre kamera
ihrer kamera
ihre webcam
ihrer webcam
ihr betriebssystem
ihrem betriebssystem
ihr handy
ihrem handy
ihren browser
ihrem browser

"""#),
        (path: "lexicons/de_your_family_friends.txt", text: #"""
# "Deine Freunde" / "deine Familie"
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine freunde
deinen freunden
deine familie
deiner familie
deine leute
deinen leuten

"""#),
        (path: "lexicons/de_your_media.txt", text: #"""
# The reader's pictures or videos, not named as explicit
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
dein video
deine videos
deine bilder
deine fotos
deine pics
deine selfies
deine aufnahmen
die aufnahme
die aufnahmen
die aufzeichnung
die bilder die du
die fotos die du
die pics die du
alle bilder die du
alle fotos die du
alles was du geschickt hast
alles was du mir geschickt hast
alle deine bilder
alle deine fotos
alle deine videos
das video von unserem call
die aufnahme von unserem call
unser video

"""#),
        (path: "lexicons/de_your_parents.txt", text: #"""
# The reader's parents and grandparents
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine eltern
deinen eltern
deiner eltern
deine mutter
deiner mutter
deine mama
deiner mama
deine mum
deiner mum
deine mom
deiner mom
dein vater
deinem vater
deinen vater
dein papa
deinem papa
deinen papa
dein dad
deinem dad
deinen dad
deine oma
deiner oma
dein opa
deinem opa
deinen opa
deine grosseltern
deinen grosseltern
deine stiefmutter
deiner stiefmutter
dein stiefvater
deinem stiefvater

"""#),
        (path: "lexicons/de_your_partner.txt", text: #"""
# The reader's partner and close friends
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine freundin
deiner freundin
dein freund
deinem freund
deinen freund
dein bester freund
deinem besten freund
deinen besten freund
deine beste freundin
deiner besten freundin
deine frau
deiner frau
dein mann
deinem mann
deinen mann
deine partnerin
deiner partnerin
dein partner
deinem partner
deinen partner
deine ex
deiner ex
dein kumpel
deinem kumpel
deine kumpels
deinen kumpels
deine verlobte
deiner verlobten
dein verlobter
deinem verlobten

"""#),
        (path: "lexicons/de_your_siblings.txt", text: #"""
# The reader's siblings and wider family
# German pack (Rules/de). Umlaut-less spellings (ae/a, oe/o, ue/u) and 'weis' for 'weiss' are listed too; ß is written ss.
deine schwester
deiner schwester
dein bruder
deinem bruder
deinen bruder
deine geschwister
deinen geschwistern
deine cousine
deiner cousine
dein cousin
deinem cousin
deinen cousin
deine tante
deiner tante
dein onkel
deinem onkel
deinen onkel
deine kleine schwester
deiner kleinen schwester
dein kleiner bruder
deinem kleinen bruder
deine grosse schwester
dein grosser bruder

"""#),
        (path: "lexicons/deadline_consequence.txt", text: #"""
# What happens when the time runs out (the hinges and promises shared with the payment and
# publish rules are in @or_else, @or_threats, @start_sending and @goes_public).
or i
or i'll
or i will
or this goes
or this is going
or your
otherwise
before i post
before i leak
before i upload
before i expose
before i share it
before i send it to
before i send everything
before i send the video
before i go public
before i ruin
before everyone sees
before everybody sees
before it goes
before this goes
before the video goes
before your family sees
before your friends see
until i post
until i send
after that it's over
after that its over
after that everything
after that i post
after that i send
after that i start
then it's over
then its over
then everything goes
then i post
then i send
then i start

"""#),
        (path: "lexicons/deadline_openers.txt", text: #"""
# Openers that set a time limit before a duration.
you've got
youve got
you only have
you have only
you have exactly
you get
i'll give you
i will give you
i give you
giving you
within
in the next
under
no more than
less than

"""#),
        (path: "lexicons/delete_promise.txt", text: #"""
# Promises to delete the material in exchange for payment.
i'll delete
i will delete
i delete
i'll remove
i will remove
i'll erase
i will erase
i'll delete everything
i will delete everything
i delete everything
i'll delete it all
delete everything
delete it all
delete the video
delete the pics
delete the recording
delete your pics
delete your video

"""#),
        (path: "lexicons/demand_want.txt", text: #"""
# First-person demand openers placed before an amount.
i want
i wanted
i need
i demand
i expect
i require
i'm asking for
im asking for
i am asking for
i'll take
ill take
i will take
i'll accept
i will accept
i'll settle for
i can accept
i only want
all i want is
you will give me
you owe me now

"""#),
        (path: "lexicons/dont_tell.txt", text: #"""
# Telling someone not to tell or show.
don't tell
dont tell
do not tell
never tell
don't let
dont let
don't show
dont show
don't mention
dont mention
hide this from
hide it from
keep this from
keep it from
don't say anything to
dont say anything to

"""#),
        (path: "lexicons/en/awareness.txt", text: #"""
# Awareness and safeguarding text: warnings quote every trigger word, so strong rules stand down.
sextortion
scammer
scammers
criminals
offenders
blackmailers
if someone
if anyone
if somebody
if a stranger
trusted adult
childline
ceop
ncmec
take it down
never pay
stop replying
stop communicating
awareness
safeguarding
e-safety
online safety
stay safe online
warning signs
your child
your children
young people
these scams
scam messages
scam texts
scam calls
this kind of scam
report it to
report them to
e-safety talk
safety talk
parents evening
assembly
# Reported speech: a warning that quotes what offenders say.
they'll say
they will say
they say
they claim
they'll claim
they ask
they'll ask
they list
they'll tell you
they tell you
the email said
scammers say

"""#),
        (path: "lexicons/en/benign_condition.txt", text: #"""
# Conditions that are courtesy, not coercion: "if you don't mind".
if you don't mind
if you dont mind
if you do not mind
if you like
if you want
if you want me to
if you wanna
if you prefer
unless you mind
unless you object
unless you want
unless you prefer
unless it rains
if you like it

"""#),
        (path: "lexicons/en/benign_context.txt", text: #"""
# Everyday subjects of sharing: weddings, parties, menus. A publish or image rule with these nearby is ordinary life.
wedding
holiday
holidays
vacation
trip
birthday
party
christening
graduation
prom
school play
nativity
concert
gig
match
game
recital
invite
invitation
link
menu
recipe
receipt
fundraiser
petition
cake
puppy
kitten
dog
cat
baby
scan
newsletter
invites
invitations
giveaway
raffle
secret santa
sports day
open day

"""#),
        (path: "lexicons/en/by_time.txt", text: #"""
# A clock deadline: "by tonight", "before midnight".
by tonight
by tomorrow
before midnight
by midnight
by the end of the day
by end of day
by morning
by noon
before tomorrow
before the end of the day

"""#),
        (path: "lexicons/en/camera.txt", text: #"""
# The reader's camera, as something the writer controlled: "(turned on) your camera".
camera
webcam
cam
front camera

"""#),
        (path: "lexicons/en/choice_benign.txt", text: #"""
# A choice that is advice or a survey.
invest
investing
survey
poll
quiz
article
podcast
career advice
which do you

"""#),
        (path: "lexicons/en/comply_verbs.txt", text: #"""
# What the reader must do in time: pay, reply, comply.
pay
paid
payment
reply
respond
answer
decide
comply
transfer
send the money
make the payment

"""#),
        (path: "lexicons/en/condition.txt", text: #"""
# Hinges that make a threat conditional: "if you don't (pay)", "unless", "otherwise", "if not".
# "or" alone is too common: the frames combine it with what follows ("or I'll").
if you don't
if you dont
if you do not
if u don't
if u dont
if you won't
if you will not
if you refuse
if you refuse to
if you fail to
should you fail to
if you ignore
if you ignore this
if you ignore me
if you decide not to
if you choose not to
if you block me
if you block
if you delete
if you tell anyone
if you tell anybody
if you tell your
if you go to the police
if you call the police
if you report me
if you report this
if you try anything
if you try to
if you contact
unless
unless you
or else
otherwise
if not
if i don't get
if i dont get
if i do not get
if i don't receive
if i dont receive
if i do not receive
if i don't see
if i dont see
if i don't hear
if i do not hear
if the money
if the payment
if payment is not
if i find out
as soon as i find out
if i discover
if i realize
if i notice
if i see
or ill
or i'll
or i will
or we'll
or we will
if necessary
if needed
if i have to
if you force me
if you make me
if need be

"""#),
        (path: "lexicons/en/control_verbs.txt", text: #"""
# Taking over the reader's camera or device: "turned on (your camera)".
turned on
switched on
activated
hacked
infected
access to
control of
control over
recorded
watching you through
took control of
hijacked
enabled

"""#),
        (path: "lexicons/en/countdown.txt", text: #"""
# Time pressure on its own.
tick tock
ticktock
tick tick
the clock is ticking
clock is ticking
clocks is ticking
clock's ticking
the clock's ticking
time is running out
time's running out
running out of time
the countdown begins
countdown begins
the countdown has started
countdown has started
the countdown starts
countdown starts
countdown initiates
the timer is running
the timer has started
timer starts
don't waste your time
do not waste your time
dont waste time
last chance
your last chance
final chance
final warning
last warning
this is your last warning

"""#),
        (path: "lexicons/en/countdown_benign.txt", text: #"""
# Countdowns that are not pressure on the reader: games, sales, songs.
game
quiz
show
song
album
sale
offer
tickets
ends soon
sign up
register
congress
election
vote
deadline for
season

"""#),
        (path: "lexicons/en/deadline_benign.txt", text: #"""
# Ordinary deadlines: essays, deliveries, returns.
essay
assignment
homework
delivery
parcel
package
order
exam
submit
return
refund
invoice
bill
rent
subscription
trial
application
form
rsvp
tickets
registration

"""#),
        (path: "lexicons/en/demand_number.txt", text: #"""
# A demand right before a bare number: "pay me (500)".
pay me
transfer me
wire me
i demand
i'm demanding
im demanding
i am demanding

"""#),
        (path: "lexicons/en/devices.txt", text: #"""
# The reader's devices (after "your").
device
devices
computer
pc
laptop
phone
smartphone
operating system
system
accounts
account
email

"""#),
        (path: "lexicons/en/erase_verbs.txt", text: #"""
# Erasing the material once paid: "(I'll) delete (the video)", "destroy (everything)".
delete
destroy
erase
remove
wipe
dispose of
get rid of
deactivate and delete
forget about

"""#),
        (path: "lexicons/en/everyone.txt", text: #"""
# Whole audiences without "your": "everyone you know", "all these people", "the whole world".
everyone
everybody
every1
everyone you know
everybody you know
everyone u know
every person you know
all these people
all of these people
all those people
all of those people
all your friends
all of your friends
all your contacts
all of your contacts
all your followers
all of your followers
everyone on your list
everyone on your friends list
everyone in your contacts
everyone in your contact list
every contact you have
every single contact
all contacts
all of them
the whole world
the entire world
the world
the public
the whole internet
the entire internet
the whole school
the whole town
the whole city
the media
the press
the news
all email addresses
all the email addresses
all your email addresses
all the contacts
all your email contacts
every contact
all your messenger contacts
all messenger contacts

"""#),
        (path: "lexicons/en/futility.txt", text: #"""
# Telling the reader that help is useless or forbidden: "(the police) can't help you".
no point
no purpose
no use
useless
pointless
won't help
will not help
can't help
cannot help
can't do anything
cannot do anything
won't do anything
will never find me
won't find me
can't find me
cannot find me
can't touch me
can't trace me
cannot trace me
don't contact
do not contact
dont contact
don't go to
do not go to
don't call
do not call
don't even think about
do not even think about
don't try
do not try
if you go to
if you contact
if you call
if you tell
as soon as i find out you ran to
ran to
run to
reaching out to
contacting
nobody will help you
no one will help you
nobody can help you
no one can help you

"""#),
        (path: "lexicons/en/goes_public.txt", text: #"""
# The material spreading by itself: "goes viral", "is going online", "will be everywhere".
goes viral
go viral
going viral
will go viral
gonna go viral
goes online
go online
going online
goes live
go live
goes up
going up
goes out
going out
will be everywhere
is going everywhere
goes everywhere
go everywhere
will be all over
is going all over
goes all over
go all over
all over

"""#),
        (path: "lexicons/en/goes_to.txt", text: #"""
# The material moving towards a place or people; the frames require what follows
# ("goes to your family", "it's going on your insta", "ends up on pornhub").
goes to
going to
go to
gets sent to
get sent to
goes on
going on
go on
will be on
will end up on
ends up on
end up on
will land on
lands on
landing on
is going straight to
goes straight to
going straight to
straight to
is going over
going over
goes over
will be sent to
gets posted on
gets posted to

"""#),
        (path: "lexicons/en/harm_verbs.txt", text: #"""
# Harms the writer threatens to start: "(we will) start the attack".
start the attack
attack
begin
destroy
ruin
leak
sell
hurt
hack
publish
expose
crash
take down

"""#),
        (path: "lexicons/en/if_unpaid.txt", text: #"""
# Not paying or not answering, as the hinge of a harm: "if you decide not to pay".
if you decide not to pay
if you don't pay
if you dont pay
if you do not pay
if you refuse to pay
if you fail to pay
if i don't get paid
if the payment
if you ignore this
if you ignore this message
if you ignore this email
if you don't reply
if you do not reply
if you don't answer
if you do not answer
if payment is not received

"""#),
        (path: "lexicons/en/image_demand.txt", text: #"""
# Images or acts demanded: "show me", "take off", "get naked".
show me
send me
send more
send another
take off
take your
strip
get naked
undress
turn on your cam
turn on the cam
go on cam
show yourself
do what i say
do as i say
show me more
show your face

"""#),
        (path: "lexicons/en/in_my_hands.txt", text: #"""
# The reader's fate held by the writer: "(your life) is in my hands".
is in my hands
are in my hands
in my hands
depends on you
depends on what you do
is up to you

"""#),
        (path: "lexicons/en/life.txt", text: #"""
# What can be ruined (after "your"): "your life", "your reputation".
life
whole life
entire life
reputation
career
future
marriage
relationship
family
name
business
image
dignity
privacy
social life
job
site
website
company
shop
store
brand

"""#),
        (path: "lexicons/en/made_public.txt", text: #"""
# The state the material is put in: "(make your videos) public".
public
viral
go viral
available online
available to everyone
known to everyone

"""#),
        (path: "lexicons/en/make_verbs.txt", text: #"""
# Making the material public: "(I will) make (your videos public)".
make
making
proceed with making
turn

"""#),
        (path: "lexicons/en/malware.txt", text: #"""
# Tools of the webcam-hack extortion email.
virus
trojan virus
remote administration tool
my software
my program

"""#),
        (path: "lexicons/en/material.txt", text: #"""
# The material: recordings, images and chats that could be published. Explicit words are in
# material_explicit. Plural and chat spellings are listed (pix and vid are folded by spellings).
video
videos
vid
vids
clip
clips
recording
recordings
screen recording
screen recordings
footage
tape
tapes
movie
film
pic
pics
picture
pictures
photo
photos
image
images
selfie
selfies
snap
snaps
screenshot
screenshots
screen shot
screen shots
screenshots of our chat
chat
chats
conversation
conversations
messages
dms
texts
files
file
data
content
material
evidence
proof
webcam video
cam video
video call
facetime
stuff
private data
private information
personal data
personal information
database
secrets
browsing history
search history
compilation
video compilation

"""#),
        (path: "lexicons/en/material_explicit.txt", text: #"""
# Compromising material named explicitly (nouns and noun phrases).
nudes
nude
nude pics
nude pic
nude photos
nude photo
nude pictures
nude video
nude videos
naked pics
naked pic
naked photos
naked photo
naked pictures
naked picture
naked video
naked videos
naked body
dick pic
dick pics
dickpic
dickpics
sex video
sex videos
sex tape
sextape
porn video
porn videos
explicit pics
explicit photos
explicit video
explicit videos
explicit images
explicit content
intimate pics
intimate photos
intimate video
intimate videos
intimate images
private pics
private photos
private video
private videos
private pictures
dirty pics
dirty video
dirty videos
dirty stuff
sexy pics
sexy video
spicy pics
kinky stuff
compromising video
compromising photos
compromising material
incriminating clips
incriminating videos
embarrassing video
embarrassing pics
embarrassing photos
masturbation video
jerk off video
the video of you jerking off
the video of you masturbating
what you did on cam
what you did on camera
what you did in front of the camera
what you did on video
what you do in front of the camera
what you do in front of camera
what porn you watch
the porn you watch
what you watch
your private videos
your sex life

"""#),
        (path: "lexicons/en/me.txt", text: #"""
# The writer as the receiver of money: "send (it) to me", "to my wallet".
me
to me
my account
my wallet
my address
to my account
to my wallet
to my address
to my bitcoin wallet
to my bitcoin address
my bitcoin wallet
my bitcoin address
my btc wallet
my btc address
my crypto wallet
my paypal
my cashapp
my cash app
my card
this account
this wallet
this address
the following address
the following bitcoin address
the following wallet
this bitcoin address
this btc address
below

"""#),
        (path: "lexicons/en/money_words.txt", text: #"""
# Money as the alternative to the reader's name: "(your reputation or) your money".
money
your money
cash
a few hundred
pay
paying
the money

"""#),
        (path: "lexicons/en/my.txt", text: #"""
# The writer's own, or a pointer to what follows: "my (bitcoin wallet)", "the following (address)".
my
the following
this
below is my
here is my
here's my
our

"""#),
        (path: "lexicons/en/of_you.txt", text: #"""
# After the material, the reader in it: "a video of you", "pics of yourself".
of you
of u
of yourself
of urself
with you
with you in it
showing you
where you
where ur
of your face
of your body
with your face

"""#),
        (path: "lexicons/en/or.txt", text: #"""
# The bare "or" of an ultimatum; the frames combine it with what follows ("or I post it").
or
or else

"""#),
        (path: "lexicons/en/or_else.txt", text: #"""
# The threat hinge after a demand for images: "or I'll", "otherwise".
or i'll
or i will
or ill
or else
otherwise
if you don't
if you dont
unless you
if you don't want me to
if you dont want me to

"""#),
        (path: "lexicons/en/pay_verbs.txt", text: #"""
# Verbs of paying, in the base form of a command or an obligation: "pay (£500)", "you need to
# send (the money)", "transfer (0.1 BTC)".
pay
send
transfer
wire
deposit
give me
pay me
send me
transfer me
wire me
hand over
cough up
top up
buy
make a payment of
make the payment
make a transfer of
complete the payment
complete the transfer
complete this transaction
make a bitcoin payment of
send the money
send money
pay up

"""#),
        (path: "lexicons/en/payment_nouns.txt", text: #"""
# The payment itself as a noun: "(after the) payment", "(complete the) transfer".
payment
the payment
payments
transfer
the transfer
transaction
the transaction
the money
money
the bitcoin
the bitcoins
the btc
the funds
funds
the amount
the sum
the ransom
ransom
the fee
my fee

"""#),
        (path: "lexicons/en/people.txt", text: #"""
# The reader's groups of people (after "your"): "your friends", "all your followers".
friends
family
followers
contacts
contact list
contact lists
friends list
friend list
friends and family
family and friends
whole family
entire family
relatives
parents
family members
classmates
schoolmates
coworkers
co-workers
colleagues
work colleagues
workmates
employees
customers
clients
business associates
associates
teachers
school
whole school
university
college
uni
work
workplace
job
office
employer
church
community
team
teammates
neighbours
neighbors
kids
children
followers list
subscribers
fans
mutuals
friends on facebook
facebook friends
insta followers
snap friends
instagram followers
email contacts
messenger contacts
phone contacts
whatsapp contacts

"""#),
        (path: "lexicons/en/person.txt", text: #"""
# One person close to the reader (after "your"): "your mum", "your girlfriend".
mum
mom
mother
mommy
mummy
dad
father
daddy
sister
brother
sis
bro
wife
husband
girlfriend
boyfriend
gf
bf
partner
fiance
fiancee
boss
manager
teacher
principal
coach
pastor
grandma
grandmother
grandpa
grandfather
nan
daughter
son
aunt
uncle
cousin
best friend
bestie
ex
crush

"""#),
        (path: "lexicons/en/places.txt", text: #"""
# Public places and platforms the material could be published on.
the internet
internet
the web
the whole web
web
online
social media
social networks
social network
every social media
all social media
all social networks
snap story
forums
every group chat
your group chat
the group chat
your story
your profile
your wall
your timeline
your page
your fb
your insta
your ig
your snap
your tiktok
everywhere
public
the public
the news
the press
newspapers
your profile picture
your profile pic
your pfp
your status
your bio
your feed

"""#),
        (path: "lexicons/en/places_hostile.txt", text: #"""
# Places where material is exposed or sold whatever it is: no "your" needed.
porn sites
porn site
porn websites
porn website
adult sites
adult site
adult websites
dark web
the darknet
darknet markets
the dark web
criminals
other criminals
hackers
the highest bidder
the black market

"""#),
        (path: "lexicons/en/police.txt", text: #"""
# The authorities a victim might turn to.
police
the police
cops
the cops
law enforcement
the authorities
authorities
fbi
the fbi
security services
cyber police
the law
lawyer
a lawyer

"""#),
        (path: "lexicons/en/police_benign.txt", text: #"""
# Advice to call the police, and everyday police business.
emergency
999
911
112
if you feel unsafe
report it
report them
you should
please call
parking
council
dispute
noise
neighbour
neighbor
stolen
bike
lost
found

"""#),
        (path: "lexicons/en/polite_request.txt", text: #"""
# Friendly asks, not demands: "can you (send me £20)", "could you pay me back".
can you
could you
can u
could u
would you
would you mind
would u
will you
pls can you
please can you
do you mind
mind sending
when you can
whenever you can
if you can
no rush
no worries
no pressure

"""#),
        (path: "lexicons/en/price_words.txt", text: #"""
# A price for something: "(a) fair price", "small fee".
fair price
small fee
fee
price
cost
costs
pay for
charge
for a small fee

"""#),
        (path: "lexicons/en/pronoun_material.txt", text: #"""
# Words that stand for the material once it has been mentioned or shown: "I'll send it",
# "post them", "everything".
it
them
this
these
that
those
everything
all of it
all of this
all this
all that
all of them
the lot
both

"""#),
        (path: "lexicons/en/publish_done.txt", text: #"""
# Verbs of publishing in the participle, after "will be", "gets", "is going to be":
# "your video will be posted", "the pics get leaked".
posted
uploaded
shared
sent
sent out
leaked
published
exposed
spread
forwarded
shown
tagged
released
distributed
sold
broadcast
broadcasted
circulated
put up
put out
put online
dropped
blasted
emailed
e-mailed
mailed
texted
delivered
passed around
made public
aired
revealed
seen by everyone
streamed
tweeted
spammed

"""#),
        (path: "lexicons/en/publish_verbs.txt", text: #"""
# Verbs of publishing, sending or showing material, in the base form that follows "I will",
# "gonna", "if you don't pay I'll…". Particle verbs are written whole ("put up", "send out").
post
upload
share
send
send out
leak
publish
expose
spread
forward
show
tag
release
distribute
sell
broadcast
circulate
put
put up
put out
drop
blast
dm
message
email
e-mail
mail
text
deliver
pass around
make public
go public
air
reveal
leak out
hand over
give
sell off
stream
tweet
pin
print out
spam
flood
put it as
set it as
set that as
set this as
set them as

"""#),
        (path: "lexicons/en/rails.txt", text: #"""
# Payment rails: how the money is to move.
cryptocurrency
gift card
gift cards
giftcard
giftcards
steam card
steam cards
steam gift card
itunes card
itunes cards
apple card
apple gift card
amazon card
amazon gift card
google play card
google play gift card
prepaid card
prepaid cards
bank transfer
wire transfer
bank account

"""#),
        (path: "lexicons/en/receive_payment.txt", text: #"""
# The payment arriving: "(once I) receive (the payment)".
receive
received
get the money
get paid
is received
has been received
gets paid
see the payment
confirm the payment
payment is confirmed

"""#),
        (path: "lexicons/en/record_past.txt", text: #"""
# Recording or capturing, in the past: "(I) recorded (you)", "(I) screenshotted (our chat)".
recorded
screen recorded
screenrecorded
screenshotted
screenshot
took screenshots of
took a screenshot of
took pictures of
took pics of
filmed
captured
saved
taped
made a video of
made a video
have made a video
made a recording of
made a compilation
made a video compilation
created a video
created several clips
created clips
recorded everything
documented
collected
downloaded
copied
got a video of
have a video of

"""#),
        (path: "lexicons/en/recording_benign.txt", text: #"""
# Recordings that are ordinary life: lectures, meetings, songs.
tutorial
lecture
podcast
meeting
webinar
class
song
concert
game
match
show
interview
presentation
voicemail
birthday
wedding

"""#),
        (path: "lexicons/en/refund_context.txt", text: #"""
# Ordinary reasons friends and family move money: a pay rule with these nearby is not a demand.
back
pay me back
pay you back
paid back
owe
owes
owed
owing
refund
refunded
split
each
half
my share
your share
tickets
the ticket
a ticket
my ticket
rent
bill
bills
invoice
petrol
gas
fuel
dinner
lunch
breakfast
pizza
takeaway
drinks
taxi
uber ride
uber eats
cab
train
bus
fare
loan
borrow
lend
deposit for
the deposit
for the
for a
for my
for your
towards
tenner
fiver
quid each
dollars each
parking
tuition
shopping
groceries
present
gift for
birthday

"""#),
        (path: "lexicons/en/refund_strict.txt", text: #"""
# Money owed between friends: enough to rule out even a strong payment rule.
pay me back
pay you back
paying you back
paying me back
paid you back
paid me back
owe me
owe you
owes me
owes you
you owe
i owe
refund

"""#),
        (path: "lexicons/en/regret.txt", text: #"""
# Threatened regret.
you will regret
you'll regret
you're going to regret
you are going to regret
you're gonna regret
you will be sorry
you'll be sorry
you will pay for
you'll pay for
you'll pay for this
you will pay for this
you're gonna pay
you are going to pay for

"""#),
        (path: "lexicons/en/regret_benign.txt", text: #"""
# Regret that is friendly advice: missing a party, a film.
not coming
missing
if you miss
if you don't come
if you don't try
if you skip
this movie
buy
eat
the cake
the food
trip
party
not going
show
concert

"""#),
        (path: "lexicons/en/reputation_of.txt", text: #"""
# "the reputation of (your site)".
the reputation of
the name of
the future of
the image of

"""#),
        (path: "lexicons/en/ruin_benign.txt", text: #"""
# Harm that is ordinary talk: jobs, exams, the weather.
job
exam
weather
traffic
don't let
do not let
won't ruin
will not ruin
never
diet
sleep
weekend
party
game
cake

"""#),
        (path: "lexicons/en/ruin_verbs.txt", text: #"""
# Harm promised to the reader's life or name: "(I will) ruin (your life)".
ruin
destroy
damage
wreck
end
expose
humiliate
shame
embarrass
disgrace
completely destroy
completely damage
completely ruin
totally destroy
make
ruins
destroying
damaging
ruining
wrecking
destroyed
damaged
ruined
exposing
humiliating

"""#),
        (path: "lexicons/en/ruin_you.txt", text: #"""
# Harm to the reader themselves: "ruin you", "expose you".
ruin you
destroy you
expose you
end you
humiliate you
finish you
wreck you
bury you

"""#),
        (path: "lexicons/en/ruined.txt", text: #"""
# Participles of harm after "will be": "your life will be (ruined)".
ruined
destroyed
over
finished
damaged
wrecked
exposed
violated

"""#),
        (path: "lexicons/en/self_have.txt", text: #"""
# The writer holding something: "I have (your video)", "I still have (the pics)".
i have
i've
ive
i've got
ive got
i got
i still have
i still got
i saved
i kept
i own
i possess
i am in possession of
i'm in possession of
in my possession
we have
we've got
we got
i have got
i now have
i already have
i have all
i have both
on my hard drive
on my computer
on my server
on my servers
saved on my
i have copies of
i made copies of

"""#),
        (path: "lexicons/en/self_past.txt", text: #"""
# The writer or their tools as the ones who recorded: "I (recorded)", "my software (recorded)".
i
i've
i have
ive
we
we've
we have
my camera
my software
my program
my malware
my virus
my trojan
the camera
my phone
my screen recorder
the software
the program
the malware
the virus

"""#),
        (path: "lexicons/en/self_pronoun.txt", text: #"""
# The writer as the actor of a harm: "I", "we".
i
we
i'm
we're
im

"""#),
        (path: "lexicons/en/self_publish.txt", text: #"""
# The writer publishing now, in one phrase that carries the actor: "I'm posting (it)".
# In languages with one-word futures this holds them ("publicaré", "wyślę").
i'm posting
im posting
i am posting
i'm sending
im sending
i am sending
i'm uploading
im uploading
i'm sharing
im sharing
i'm leaking
im leaking
i'm exposing
im exposing
i'm forwarding
im forwarding
i'm releasing
i'm publishing
i'm putting
im putting
i'm tagging
im tagging
i'm spreading

"""#),
        (path: "lexicons/en/self_want.txt", text: #"""
# The writer asking for money: "I want (£500)", "I'm demanding (US$500)".
i want
i need
i demand
i'm demanding
im demanding
i am demanding
i require
i expect
i'm asking for
i am asking for
i ask for
i'm asking
we want
we need
we demand
we require
we expect
i'll take
i will take
i'll accept
i will accept
give me
my price is
the price is
the fee is
the current fee is
the amount is
it will cost you
it'll cost you
it costs
is a fair price
fair price
a small fee
for a small fee
small fee
for a fee
in exchange for

"""#),
        (path: "lexicons/en/self_will.txt", text: #"""
# The writer promising, threatening or able to act, before a verb in its base form:
# "I will (post)", "gonna (send)", "I can (publish)". Slot of the tactic frames (Rules/frames).
i will
i'll
ill
i'm going to
im going to
i am going to
i'm gonna
im gonna
i gonna
gonna
imma
ima
i'ma
i'mma
i shall
i can
i could
i would
i'd
i may
i might
i'm about to
im about to
i am about to
i'm ready to
i am ready to
i'm one tap away from
i'm one click away from
i am one click away from
i won't hesitate to
i will not hesitate to
i'm not afraid to
i am not afraid to
i will have to
i'll have to
i have no choice but to
i'm just going to
let me
we will
we'll
we're going to
we are going to
we're gonna
we can
we could
we would
we shall
we'll have to
we won't hesitate to
we will not hesitate to
i will be forced to
i'll be forced to
i'm forced to
watch me
i will make sure to
i'll make sure to
i will proceed to
i'll proceed to
i will start to
i'll start to
i will immediately
i'll immediately
i will straight away
i will just
i'll just
i will certainly
i'll certainly
i will definitely
i'll definitely
i will simply
i'll simply
i just need to
all i need to do is
all i need is to
i have to
i'm gonna have to
all i need is just to
all i have to do is
i just have to
i am able to
i'm able to
we are able to
we're able to
you won't mind if i
you wouldn't mind if i
what if i
how about i
maybe i should
should i
i think i will
i think i'll
i will proceed with
i will straight away proceed with
i will instantly
i will immediately proceed to

"""#),
        (path: "lexicons/en/sexual_acts.txt", text: #"""
# The reader recorded in a sexual act: "(a video of you) masturbating".
masturbating
masturbate
masturbation
jerking off
jerk off
jerking
wanking
wank
satisfying yourself
satisfy yourself
pleasuring yourself
pleasure yourself
touching yourself
playing with yourself
self-pleasure
solo action
climax
orgasm
cumming
undressing
having sex
getting off

"""#),
        (path: "lexicons/en/silence_words.txt", text: #"""
# What the price buys: silence, secrecy, the reader's data back.
secret
our secret
our little secret
silence
my silence
your data
your files
your privacy
keep quiet
keep my mouth shut
keep it quiet
buy it from me
buy it back
buy back
forget about it
forget this

"""#),
        (path: "lexicons/en/time_left.txt", text: #"""
# What the time is left for: "(48 hours) left", "(2 days) to pay".
left
to pay
to send
to decide
to comply
to answer
to reply
remaining

"""#),
        (path: "lexicons/en/trading_context.txt", text: #"""
# Crypto as an investment or a price, not a payment asked of the reader.
bought
buying
sold
selling
invested
investing
investment
trading
trade
price of
hit
market
chart
all time high
mining
hodl
coinbase
binance
was worth
history
first known
pizza
pizzas
gave me
they gave

"""#),
        (path: "lexicons/en/urgency.txt", text: #"""
# Urgency after a demand: "(send $500) now".
now
right now
immediately
asap
a.s.a.p
today
tonight
right away
this instant
at once
quick
quickly
fast
straight away
without delay

"""#),
        (path: "lexicons/en/wallet.txt", text: #"""
# Where a payment goes: "wallet", "bitcoin address", "account".
wallet
wallet address
address
bitcoin address
btc address
bitcoin wallet
btc wallet
crypto wallet
account
bitcoin account
account number
account details
payment details
details
iban
cashtag

"""#),
        (path: "lexicons/en/what_you_did.txt", text: #"""
# What the reader did, as the material: "(everyone will see) what you did".
what you did
what you do
what you've done
what you sent
what you showed me
what you did on cam

"""#),
        (path: "lexicons/en/will_be.txt", text: #"""
# Future or conditional passive auxiliaries before a participle: "will be (posted)", "gets (leaked)".
will be
will get
'll be
is going to be
are going to be
is gonna be
are gonna be
gonna be
gets
get
is getting
are getting
is being
are being
would be
could be
can be
may be
might be
will end up
are
is
were
was
to be
got
have been
has been
had been

"""#),
        (path: "lexicons/en/will_see.txt", text: #"""
# Audiences learning about the material: "(everyone) will see", "(your family) will know".
will see
will know
will find out
will watch
will hear about
gonna see
gonna know
are going to see
is going to see
are going to know
is going to know
will see it
will see this
will all see
would see
will have it
to see
to view
to watch
will be watching
will see what you did
will see what you do
will think
will say
will react
are going to think
would think
would say

"""#),
        (path: "lexicons/en/you_have.txt", text: #"""
# Openers of a time limit: "you have (48 hours)", "I give you (3 days)", "within (24h)".
you have
you've got
u have
you got
you only have
you have only
you have exactly
all you have is
i give you
i'll give you
i will give you
we give you
giving you
within
in the next
no later than
before
you get
time limit of
deadline of
deadline is

"""#),
        (path: "lexicons/en/you_must.txt", text: #"""
# The reader obliged to act: "you need to (pay)", "all you need to do is (transfer)".
you need to
you have to
you must
you will
you'll
you gotta
you got to
you better
you had better
you'd better
u need to
u have to
u better
u gotta
all you need to do is
all you need is
all you have to do is
what you need to do is
here is what you need to do
all you have to do
the only way to stop me is to
the only way is to
you are going to
you're going to
you're gonna
i suggest you
i advise you to

"""#),
        (path: "lexicons/en/you_object.txt", text: #"""
# The reader as the one recorded: "(I recorded) you", "(I screen recorded) our call".
you
u
yourself
urself
our call
our video call
our facetime
our chat
our skype call
the call
the video call
everything you did
everything
our conversation
our session

"""#),
        (path: "lexicons/en/your.txt", text: #"""
# Second-person possessives before what belongs to the reader: "your video", "ur family".
your
ur
yur
yer
youre
your own
ur own

"""#),
        (path: "lexicons/es/awareness.txt", text: #"""
# Spanish awareness and safeguarding text, and reported speech quoting offenders (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
sextorsión
sextorsiones
estafador
estafadores
estafadoras
estafa
estafas
timadores
delincuentes
extorsionadores
chantajistas
ciberdelincuentes
acosadores
nunca pagues
no pagues
no pagar
no hay que pagar
no hay q pagar
denúncialo
denunciarlo
haz una denuncia
presentar una denuncia
poner una denuncia
si alguien
si un desconocido
si una persona
si te pasa
si te ocurre
si te amenazan
si te piden
adulto de confianza
un adulto
habla con un adulto
cuéntaselo a un adulto
línea de ayuda
fundación anar
anar
incibe
is4k
te ayuda en ciberseguridad
ciberseguridad
seguridad en internet
seguridad en línea
concienciación
concientización
prevención
campaña
charla
taller
alerta
circular del colegio
reunión de padres
tus hijos
sus hijos
nuestros hijos
los menores
los adolescentes
los jóvenes
adolescentes
víctimas
víctima
estos mensajes
este tipo de mensajes
este tipo de estafa
esta estafa
estas estafas
deja de responder
deja de contestar
bloquea y denuncia
guarda las pruebas
te dirán
te diran que
te diran q
te van a decir
suelen decir
suelen pedir
dicen que
dicen q
les dicen
te piden
piden dinero
amenazan con
el correo decía
el mensaje decía

"""#),
        (path: "lexicons/es/benign_context.txt", text: #"""
# Spanish everyday subjects of sharing: weddings, parties, trips, recipes (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
boda
bodas
vacaciones
viaje
cumple
cumpleaños
fiesta
bautizo
comunión
graduación
fin de curso
función del cole
obra de teatro
concierto
partido
receta
menú
invitación
invitaciones
enlace
link
sorteo
rifa
recaudación
colecta
tarta
pastel
torta
perrito
cachorro
gatito
bebé
ecografía
boletín
circular
navidad
reyes
nochevieja
excursión
playa

"""#),
        (path: "lexicons/es/refund_context.txt", text: #"""
# Spanish everyday reasons friends and family move money (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
págame lo de
a medias
dividimos
dividir
cada uno
cada una
por cabeza
la mitad
mi parte
tu parte
entrada
entradas
alquiler
factura
facturas
recibo
luz
agua
gasolina
nafta
cena
comida
almuerzo
desayuno
pizza
copas
birras
cervezas
taxi
uber ride
uber eats
tren
autobús
colectivo
billete
billetes
préstamo
prestar
préstame
te presto
para el
para la
para los
para las
para tu
para mi
por el
por la
por los
por las
parking
matrícula
colegiatura
súper
supermercado
regalo
mensualidad
cuota
bote
vaquita
la fianza
el depósito de
multa
multas
recargo
juzgado
ayuntamiento
hacienda
para pagarte
para pagarme
la compra
hacer la compra

"""#),
        (path: "lexicons/es/refund_strict.txt", text: #"""
# Spanish money owed between friends: rules out even a strong payment rule (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
me debes
te debo
me debe
le debo
nos debe
nos debes
me los debes
devuélveme
devolverme
devolverte
te lo devuelvo
te los devuelvo
me lo devuelves
me los devuelves
reembolso
devolución
de vuelta

"""#),
        (path: "lexicons/es_accusation_labels.txt", text: #"""
# Spanish labels offenders threaten to pin on the reader (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
pedófilo
pederasta
depredador sexual
depredador
violador
acosador de menores
abusador de menores
corruptor de menores
pervertido
degenerado
depravado
enfermo sexual

"""#),
        (path: "lexicons/es_accusers.txt", text: #"""
# Spanish threats to brand or report the reader ('diré que eres...') (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
te denuncio
te denunciaré
te voy a denunciar
voy a decir que
voy a decir q
diré que
diré q
les diré que
les diré q
diré a todos que
diré a todos q
les voy a decir que
les voy a decir q
voy a decirle a todos que
voy a decirle a todos q
voy a contar que
voy a contar q
todos sabrán que
todos sabrán q
todos van a saber que
todos van a saber q
todos van a pensar que
todos van a pensar q
van a pensar que
van a pensar q
te acusaré de
te voy a acusar de
te reporto como
te voy a reportar como
te voy a hacer pasar por
vas a quedar como
voy a decir a todos que
voy a decir a todos q
voy a decirle a todo el mundo que
voy a decirle a todo el mundo q
le voy a decir a todos que
le voy a decir a todos q
les voy a contar a todos que
les voy a contar a todos q
voy a contarle a todos que
voy a contarle a todos q
le diré a todo el mundo que
le diré a todo el mundo q
voy a publicar que
voy a publicar q
voy a poner que
voy a poner q

"""#),
        (path: "lexicons/es_age_questions.txt", text: #"""
# Spanish questions about the reader's age or school year (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
cuántos años tienes
cuántos años tenés
qué edad tienes
q edad tienes
qué edad tenés
q edad tenes
cuál es tu edad
a qué escuela vas
a q escuela vas
a qué colegio vas
a q colegio vas
a qué cole vas
a q cole vas
a qué insti vas
a q insti vas
a qué instituto vas
a q instituto vas
en qué curso estás
en q curso estas
en qué grado estás
en q grado estas
en qué año vas
en q año vas
en qué año estás
en q año estas
vas a la secundaria
vas a la prepa
estás en la prepa
estás en secundaria
eres menor
eres mayor de edad
edad y de dónde eres

"""#),
        (path: "lexicons/es_all_over.txt", text: #"""
# Spanish 'all over': placed between a spread verb and a platform or the victim's circle (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
por todo
por toda
por todas
por todos
en todas
en todos
por todas partes
a todas partes
en todas partes

"""#),
        (path: "lexicons/es_alone_checks.txt", text: #"""
# Spanish checks that the reader is alone and unobserved (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
estás sola
estás solo
estás sola en casa
estás solo en casa
estás solita
estás solito
hay alguien contigo
hay alguien en tu casa
hay alguien en casa
alguien te puede ver
alguien te ve
hay alguien cerca
tus padres están en casa
tus papás están en casa
tus padres están dormidos
tus papás están dormidos
tus padres duermen
tus papás duermen
están dormidos tus padres
cierra la puerta con llave
cierra tu puerta
echa el pestillo
estás en tu cuarto
estás en tu habitación
tus papás salieron
tus padres salieron
nadie te ve
puedes hablar sin que nadie
puedes hablar sin q nadie

"""#),
        (path: "lexicons/es_ask_handle.txt", text: #"""
# Spanish: asking for the reader's handle on another app ('¿tienes snap?') (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
usas
cuál es tu
me pasas tu
pásame tu
dame tu
mándame tu
tu usuario de
tu user de
estás en
me das tu
me das tu número de
pásame tu número de
dame tu número de
tu número de
me pasas tu número de

"""#),
        (path: "lexicons/es_bad_outcome.txt", text: #"""
# Spanish outcomes the victim is told to avoid ('si no quieres que ... se haga viral') (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
se haga viral
se haga público
se publique
lo publique
los publique
las publique
lo suba
las suba
lo mande
se lo mande
se lo envíe
lo envíe
lo comparta
lo filtre
se filtre
se filtren
salga a la luz
lo vea
lo vean
se entere
se enteren
lo sepa
lo sepan

"""#),
        (path: "lexicons/es_block_conditions.txt", text: #"""
# Spanish: blocking, ignoring, leaving or telling, as the condition of a threat (intimidation and publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
si me bloqueas
no me bloquees
ni se te ocurra bloquearme
bloquéame y
si me ignoras
no me ignores
si no me contestas
si no me respondes
si no contestas
si no respondes
si dejas de contestar
si dejas de responder
si borras tu cuenta
si eliminas tu cuenta
si cierras tu cuenta
si desactivas tu cuenta
si me denuncias
si me reportas
si se lo dices a alguien
si le dices a alguien
si se lo cuentas a alguien
si le cuentas a alguien
si les dices a tus padres
si le dices a tus padres
si avisas a la policía
si vas a la policía
si llamas a la policía

"""#),
        (path: "lexicons/es_by_time.txt", text: #"""
# Spanish clock-time limits ('antes de medianoche', 'hoy mismo') (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
antes de medianoche
antes de la medianoche
antes de las doce
para esta noche
hasta esta noche
antes de esta noche
antes de que acabe el día
antes de q acabe el día
antes de que termine el día
antes de q termine el día
hoy mismo
ahora mismo
ya mismo
de inmediato
inmediatamente
cuanto antes
lo antes posible
antes de mañana
hasta mañana por la mañana
sin falta

"""#),
        (path: "lexicons/es_cam_acts.txt", text: #"""
# Spanish requests to undress or perform sexual acts on camera (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
quítate la ropa
sácate la ropa
quítate todo
sácate todo
desnúdate
desvístete
tócate para mí
tócate ahí
tócate en cámara
mastúrbate
hazte una paja
pajéate
jálatela
baja la cámara
baja la cam
mueve la cámara hacia abajo
enfoca más abajo
muéstrame ahí abajo
enséñame ahí abajo
hazlo en cámara
hazlo en la cam
bájate los pantalones
bájate el pantalón
bájate los calzones
sácatela
abre las piernas

"""#),
        (path: "lexicons/es_captured.txt", text: #"""
# Spanish: screenshots or copies taken, of a list or of the victim (friends and recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tengo capturas
tengo captura
tengo capturas de
tengo screenshots de
tengo screens de
tengo pantallazos de
hice capturas
hice captura
hice capturas de
hice captura de
le hice captura a
les hice captura a
tomé captura
tomé capturas
saqué captura
saqué capturas
capturé
pantallazo de
pantallazos de
capturas de pantalla de
hice screen
hice screens
copié
descargué
tengo una lista de
hice una lista de

"""#),
        (path: "lexicons/es_chat_platforms.txt", text: #"""
# Spanish spellings of chat apps (platform; the brand names are in @chat_platforms).
wsp
wasap
wassap
guasap
whats
wpp
wapp
el whats
el wasap
el guasap
el snap
el telegram
el skype
el discord

"""#),
        (path: "lexicons/es_chores.txt", text: #"""
# Spanish chores and visits behind 'are you alone?' (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
paquete
pedido
entrega
repartidor
en la puerta
timbre
llaves
cena
comida
ayuda
ayudarme
fontanero
electricista
el perro
ven
vente
me recoges
recogerte
cine
peli
quedamos
quedar
salir
jugar
mudanza
te invito
vamos
birra
cerveza
café
tomar algo

"""#),
        (path: "lexicons/es_circle_wide.txt", text: #"""
# Spanish: the victim's whole network as an audience (publish and friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
todos tus contactos
todos tus amigos
todas tus amigas
todos tus seguidores
toda tu familia
todos tus conocidos
todo el mundo que conoces
todo el mundo q conoces
todos los que conoces
todos los q conoces
toda la gente que conoces
toda la gente q conoces
a todos tus
a cada uno de tus

"""#),
        (path: "lexicons/es_countdown.txt", text: #"""
# Spanish countdowns and ticking-clock taunts (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tic tac
tictac
el tiempo corre
el reloj corre
corre el tiempo
corre el reloj
se te acaba el tiempo
se te está acabando el tiempo
el tiempo se acaba
el tiempo se te acaba
se acaba el tiempo
cada minuto que pasa
cada minuto q pasa
cada minuto cuenta
cada hora que pasa
cada hora q pasa
empieza la cuenta atrás
empieza la cuenta regresiva
la cuenta regresiva empezó
cuenta atrás
cuenta regresiva
reloj en marcha
el tiempo empieza ya
tu tiempo empieza ahora
te quedan pocos minutos
se te acaban las horas

"""#),
        (path: "lexicons/es_crypto.txt", text: #"""
# Spanish names of crypto named in demands (payment; the English forms are in @crypto).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
cripto
criptomoneda
criptomonedas
bitcoines
bitcóin

"""#),
        (path: "lexicons/es_deadline_consequence.txt", text: #"""
# Spanish consequences tied to a deadline ('antes de que lo publique', 'después lo subo') (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
antes de que lo publique
antes de q lo publique
antes de que lo suba
antes de q lo suba
antes de que lo mande
antes de q lo mande
antes de que lo envíe
antes de q lo envíe
antes de que se lo mande
antes de q se lo mande
antes de que se lo envíe
antes de q se lo envíe
antes de que todos lo vean
antes de q todos lo vean
antes de que empiece a mandar
antes de q empiece a mandar
antes de que empiece a publicar
antes de q empiece a publicar
después lo publico
después lo subo
luego lo publico
luego lo subo
después se lo mando
o lo verán
o empiezo
se publica todo
sale todo
todo sale a la luz
empiezo a mandarlo
empiezo a mandarlas

"""#),
        (path: "lexicons/es_delete_promise.txt", text: #"""
# Spanish promises to delete the material or go away once paid (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
lo borro todo
borro todo
lo borro
lo elimino
lo elimino todo
elimino todo
borraré todo
lo borraré
lo eliminaré
eliminaré todo
borro el video
borro las fotos
elimino el video
elimino las fotos
borraré el video
borraré las fotos
te prometo que lo borro
te prometo q lo borro
y lo borro
y lo elimino
y desaparezco
todo desaparece
y te dejo en paz
te dejaré en paz
y me olvido de ti
y no vuelves a saber de mí
no volverás a saber de mí
si quieres que lo borre
si quieres q lo borre
si quieres que lo elimine
si quieres q lo elimine
si quieres que desaparezca
si quieres q desaparezca
si quieres que lo quite
si quieres q lo quite
si quieres que no lo publique
si quieres q no lo publique
para que lo borre
para q lo borre
para que lo elimine
para q lo elimine

"""#),
        (path: "lexicons/es_demand_want.txt", text: #"""
# Spanish first-person demands placed before an amount (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
quiero
exijo
necesito
pido
te pido
solo quiero
lo único que quiero son
lo único q quiero son
lo único que pido son
lo único q pido son
acepto
aceptaré
me conformo con
dame solo
el precio es
mi precio es
kiero
quiero que me des
quiero q me des

"""#),
        (path: "lexicons/es_dont_tell.txt", text: #"""
# Spanish: 'don't tell ...' placed before parents, family or police (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
no le digas a
no les digas a
no le cuentes a
no les cuentes a
no se lo digas a
no se lo cuentes a
no le digas nada a
no les digas nada a
no le hables de mí a
no le hables de esto a
ni se te ocurra decirle a
ni se te ocurra contarle a
ni se te ocurra decirles a
no vayas a
no acudas a
no le cuentes nada a
no les cuentes nada a
no le comentes nada a
no le comentes a

"""#),
        (path: "lexicons/es_everyday_subjects.txt", text: #"""
# Spanish everyday things people photograph for each other (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
del menú
de la carta
del recibo
del ticket
de la factura
de la receta
de la boda
del viaje
de las vacaciones
del perro
del gato
del bebé
del coche
del carro
de la tarea
de los deberes
del horario
del examen
de la pizarra
del pizarrón
del paquete
del cumple
del cumpleaños
de la fiesta
de la casa
del piso
del departamento
de la cocina
del partido
de los niños
del documento
del dni
del pasaporte
de la ropa
del vestido
de los zapatos
del mueble
de la nevera
de la heladera
del salón
del jardín
de la playa
del atardecer
de la comida
de la cena
del regalo
de la entrada
de las entradas
del plano
del mapa
del contrato
de la abuela
del abuelo
de mamá
de papá

"""#),
        (path: "lexicons/es_everyone_sees.txt", text: #"""
# Spanish: an audience that will see it or find out ('todos lo verán', 'tu familia se va a enterar') (publish and intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
todos van a ver
todos verán
todos lo verán
todos lo van a ver
todos van a saber
todos sabrán
todos se van a enterar
todos se enterarán
lo van a ver todos
lo verán todos
se van a enterar todos
tus amigos van a ver
tus amigos verán
tus amigos lo verán
tus amigos lo van a ver
tus amigos van a saber
tus amigos sabrán
tus amigos se van a enterar
tus amigos se enterarán
lo van a ver tus amigos
lo verán tus amigos
se van a enterar tus amigos
tus amigas van a ver
tus amigas verán
tus amigas lo verán
tus amigas lo van a ver
tus amigas van a saber
tus amigas sabrán
tus amigas se van a enterar
tus amigas se enterarán
lo van a ver tus amigas
lo verán tus amigas
se van a enterar tus amigas
tus padres van a ver
tus padres verán
tus padres lo verán
tus padres lo van a ver
tus padres van a saber
tus padres sabrán
tus padres se van a enterar
tus padres se enterarán
lo van a ver tus padres
lo verán tus padres
se van a enterar tus padres
tus papás van a ver
tus papás verán
tus papás lo verán
tus papás lo van a ver
tus papás van a saber
tus papás sabrán
tus papás se van a enterar
tus papás se enterarán
lo van a ver tus papás
lo verán tus papás
se van a enterar tus papás
tus seguidores van a ver
tus seguidores verán
tus seguidores lo verán
tus seguidores lo van a ver
tus seguidores van a saber
tus seguidores sabrán
tus seguidores se van a enterar
tus seguidores se enterarán
lo van a ver tus seguidores
lo verán tus seguidores
se van a enterar tus seguidores
tus contactos van a ver
tus contactos verán
tus contactos lo verán
tus contactos lo van a ver
tus contactos van a saber
tus contactos sabrán
tus contactos se van a enterar
tus contactos se enterarán
lo van a ver tus contactos
lo verán tus contactos
se van a enterar tus contactos
todos tus amigos van a ver
todos tus amigos verán
todos tus amigos lo verán
todos tus amigos lo van a ver
todos tus amigos van a saber
todos tus amigos sabrán
todos tus amigos se van a enterar
todos tus amigos se enterarán
lo van a ver todos tus amigos
lo verán todos tus amigos
se van a enterar todos tus amigos
todos tus contactos van a ver
todos tus contactos verán
todos tus contactos lo verán
todos tus contactos lo van a ver
todos tus contactos van a saber
todos tus contactos sabrán
todos tus contactos se van a enterar
todos tus contactos se enterarán
lo van a ver todos tus contactos
lo verán todos tus contactos
se van a enterar todos tus contactos
todos tus seguidores van a ver
todos tus seguidores verán
todos tus seguidores lo verán
todos tus seguidores lo van a ver
todos tus seguidores van a saber
todos tus seguidores sabrán
todos tus seguidores se van a enterar
todos tus seguidores se enterarán
lo van a ver todos tus seguidores
lo verán todos tus seguidores
se van a enterar todos tus seguidores
tus compañeros van a ver
tus compañeros verán
tus compañeros lo verán
tus compañeros lo van a ver
tus compañeros van a saber
tus compañeros sabrán
tus compañeros se van a enterar
tus compañeros se enterarán
lo van a ver tus compañeros
lo verán tus compañeros
se van a enterar tus compañeros
tus hermanos van a ver
tus hermanos verán
tus hermanos lo verán
tus hermanos lo van a ver
tus hermanos van a saber
tus hermanos sabrán
tus hermanos se van a enterar
tus hermanos se enterarán
lo van a ver tus hermanos
lo verán tus hermanos
se van a enterar tus hermanos
tus profesores van a ver
tus profesores verán
tus profesores lo verán
tus profesores lo van a ver
tus profesores van a saber
tus profesores sabrán
tus profesores se van a enterar
tus profesores se enterarán
lo van a ver tus profesores
lo verán tus profesores
se van a enterar tus profesores
tus viejos van a ver
tus viejos verán
tus viejos lo verán
tus viejos lo van a ver
tus viejos van a saber
tus viejos sabrán
tus viejos se van a enterar
tus viejos se enterarán
lo van a ver tus viejos
lo verán tus viejos
se van a enterar tus viejos
todo el mundo va a ver
todo el mundo verá
todo el mundo lo verá
todo el mundo lo va a ver
todo el mundo va a saber
todo el mundo sabrá
todo el mundo se va a enterar
todo el mundo se enterará
lo va a ver todo el mundo
lo verá todo el mundo
se va a enterar todo el mundo
tu familia va a ver
tu familia verá
tu familia lo verá
tu familia lo va a ver
tu familia va a saber
tu familia sabrá
tu familia se va a enterar
tu familia se enterará
lo va a ver tu familia
lo verá tu familia
se va a enterar tu familia
toda tu familia va a ver
toda tu familia verá
toda tu familia lo verá
toda tu familia lo va a ver
toda tu familia va a saber
toda tu familia sabrá
toda tu familia se va a enterar
toda tu familia se enterará
lo va a ver toda tu familia
lo verá toda tu familia
se va a enterar toda tu familia
tu mamá va a ver
tu mamá verá
tu mamá lo verá
tu mamá lo va a ver
tu mamá va a saber
tu mamá sabrá
tu mamá se va a enterar
tu mamá se enterará
lo va a ver tu mamá
lo verá tu mamá
se va a enterar tu mamá
tu madre va a ver
tu madre verá
tu madre lo verá
tu madre lo va a ver
tu madre va a saber
tu madre sabrá
tu madre se va a enterar
tu madre se enterará
lo va a ver tu madre
lo verá tu madre
se va a enterar tu madre
tu papá va a ver
tu papá verá
tu papá lo verá
tu papá lo va a ver
tu papá va a saber
tu papá sabrá
tu papá se va a enterar
tu papá se enterará
lo va a ver tu papá
lo verá tu papá
se va a enterar tu papá
tu padre va a ver
tu padre verá
tu padre lo verá
tu padre lo va a ver
tu padre va a saber
tu padre sabrá
tu padre se va a enterar
tu padre se enterará
lo va a ver tu padre
lo verá tu padre
se va a enterar tu padre
tu novia va a ver
tu novia verá
tu novia lo verá
tu novia lo va a ver
tu novia va a saber
tu novia sabrá
tu novia se va a enterar
tu novia se enterará
lo va a ver tu novia
lo verá tu novia
se va a enterar tu novia
tu novio va a ver
tu novio verá
tu novio lo verá
tu novio lo va a ver
tu novio va a saber
tu novio sabrá
tu novio se va a enterar
tu novio se enterará
lo va a ver tu novio
lo verá tu novio
se va a enterar tu novio
tu pareja va a ver
tu pareja verá
tu pareja lo verá
tu pareja lo va a ver
tu pareja va a saber
tu pareja sabrá
tu pareja se va a enterar
tu pareja se enterará
lo va a ver tu pareja
lo verá tu pareja
se va a enterar tu pareja
tu esposa va a ver
tu esposa verá
tu esposa lo verá
tu esposa lo va a ver
tu esposa va a saber
tu esposa sabrá
tu esposa se va a enterar
tu esposa se enterará
lo va a ver tu esposa
lo verá tu esposa
se va a enterar tu esposa
tu esposo va a ver
tu esposo verá
tu esposo lo verá
tu esposo lo va a ver
tu esposo va a saber
tu esposo sabrá
tu esposo se va a enterar
tu esposo se enterará
lo va a ver tu esposo
lo verá tu esposo
se va a enterar tu esposo
tu mujer va a ver
tu mujer verá
tu mujer lo verá
tu mujer lo va a ver
tu mujer va a saber
tu mujer sabrá
tu mujer se va a enterar
tu mujer se enterará
lo va a ver tu mujer
lo verá tu mujer
se va a enterar tu mujer
tu marido va a ver
tu marido verá
tu marido lo verá
tu marido lo va a ver
tu marido va a saber
tu marido sabrá
tu marido se va a enterar
tu marido se enterará
lo va a ver tu marido
lo verá tu marido
se va a enterar tu marido
tu jefe va a ver
tu jefe verá
tu jefe lo verá
tu jefe lo va a ver
tu jefe va a saber
tu jefe sabrá
tu jefe se va a enterar
tu jefe se enterará
lo va a ver tu jefe
lo verá tu jefe
se va a enterar tu jefe
tu hermana va a ver
tu hermana verá
tu hermana lo verá
tu hermana lo va a ver
tu hermana va a saber
tu hermana sabrá
tu hermana se va a enterar
tu hermana se enterará
lo va a ver tu hermana
lo verá tu hermana
se va a enterar tu hermana
tu hermano va a ver
tu hermano verá
tu hermano lo verá
tu hermano lo va a ver
tu hermano va a saber
tu hermano sabrá
tu hermano se va a enterar
tu hermano se enterará
lo va a ver tu hermano
lo verá tu hermano
se va a enterar tu hermano
tu escuela va a ver
tu escuela verá
tu escuela lo verá
tu escuela lo va a ver
tu escuela va a saber
tu escuela sabrá
tu escuela se va a enterar
tu escuela se enterará
lo va a ver tu escuela
lo verá tu escuela
se va a enterar tu escuela
tu colegio va a ver
tu colegio verá
tu colegio lo verá
tu colegio lo va a ver
tu colegio va a saber
tu colegio sabrá
tu colegio se va a enterar
tu colegio se enterará
lo va a ver tu colegio
lo verá tu colegio
se va a enterar tu colegio
tu vieja va a ver
tu vieja verá
tu vieja lo verá
tu vieja lo va a ver
tu vieja va a saber
tu vieja sabrá
tu vieja se va a enterar
tu vieja se enterará
lo va a ver tu vieja
lo verá tu vieja
se va a enterar tu vieja

"""#),
        (path: "lexicons/es_explicit_material.txt", text: #"""
# Spanish compromising material named explicitly (publish, recording and image; the English forms are in @explicit_material).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
desnudo
desnuda
desnudos
desnudas
desnudito
desnudita
encuerado
encuerada
en bolas
en pelotas
sin ropa
tus nudes
tu nude
tus desnudos
tu pack
tus packs
fotos íntimas
foto íntima
video íntimo
videos íntimos
tus fotos íntimas
tus videos íntimos
fotos privadas
tus fotos privadas
video privado
tus partes
tus partes íntimas
partes íntimas
tu pene
tu verga
tu pito
tu polla
tu pija
tus tetas
tus pechos
tu vagina
masturbándote
te masturbabas
te estabas masturbando
tocándote
te tocabas
te estabas tocando
haciéndote una paja
te hacías una paja
pajeándote
jalándotela
te la jalabas
te la estabas jalando
haciéndote una puñeta
video porno
video sexual
video hot
fotos hot
fotos calientes
fotos subidas de tono
contenido íntimo
contenido sexual
material íntimo
material sexual

"""#),
        (path: "lexicons/es_explicit_requests.txt", text: #"""
# Spanish requests for nudes or explicit images (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
manda nudes
mándame nudes
pasa nudes
pásame nudes
envíame nudes
manda pack
manda el pack
mándame tu pack
pasa el pack
pásame el pack
pasa pack
quiero tu pack
tienes pack
tenés pack
vendes pack
pasa tu pack
tienes nudes
mándame algo hot
mándame algo más atrevido
algo más atrevido
algo hot
muéstrame tu cuerpo
enséñame tu cuerpo
muéstrame tus tetas
enséñame las tetas
muéstrame todo
enséñamelo todo
quiero verte desnuda
quiero verte desnudo
quiero verte sin ropa
quiero ver tu cuerpo
foto de tu pene
foto de tu verga
foto de tus tetas
foto de tu culo
foto en ropa interior
fotos en ropa interior
en ropa interior
en lencería
en tanga
en calzones
en bóxer
foto de tu cuerpo
fotos de tu cuerpo
video de tu cuerpo

"""#),
        (path: "lexicons/es_face_proof.txt", text: #"""
# Spanish requests to include the face or prove identity (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
una con tu cara
foto con tu cara
fotos con tu cara
video con tu cara
que se vea tu cara
q se vea tu cara
que se te vea la cara
q se te vea la cara
que salga tu cara
q salga tu cara
incluye tu cara
con la cara incluida
cara y cuerpo
para saber que eres tú
para saber q eres tú
para ver que eres tú
para ver q eres tú
para comprobar que eres tú
para comprobar q eres tú
para saber que eres real
para saber q eres real
para ver que eres real
para ver q eres real

"""#),
        (path: "lexicons/es_fake_authority.txt", text: #"""
# Spanish fake-police extortion: a made-up complaint or warrant against the reader (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
policía cibernética
soy de la policía
somos de la policía
hay una denuncia en tu contra
hay una denuncia contra ti
tienes una denuncia
existe una denuncia
una denuncia en tu contra
denuncia en tu contra
orden de aprehensión
orden de arresto
orden de detención
retirar la denuncia
para retirar la denuncia
para quitar la denuncia
para que retiren la denuncia
para q retiren la denuncia
ministerio público
carpeta de investigación

"""#),
        (path: "lexicons/es_final_warning.txt", text: #"""
# Spanish final warnings and last chances (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
último aviso
última advertencia
última oportunidad
tu última oportunidad
es tu última oportunidad
no te lo vuelvo a repetir
no te lo repito
no lo voy a repetir
no lo repito más
no te lo voy a decir otra vez
no voy a volver a preguntar
no te vuelvo a avisar
no hay más oportunidades
no habrá otra oportunidad
te lo advierto
te lo advertí
estás avisado
estás avisada

"""#),
        (path: "lexicons/es_found_circle.txt", text: #"""
# Spanish claims to have found or identified the victim's circle (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
encontré a
ya encontré a
ya encontré
encontré
localicé a
ubiqué a
ya ubiqué a
tengo ubicada a
tengo ubicado a
tengo ubicados a
ya sé quién es
ya sé quiénes son
sé quiénes son
sé quién es
conozco a toda tu familia
conozco a todos tus amigos
ya sé todo de
busqué a

"""#),
        (path: "lexicons/es_gift_cards.txt", text: #"""
# Spanish gift and prepaid cards asked for as payment (payment; brand forms shared with English are in @gift_cards).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tarjeta de regalo
tarjetas de regalo
tarjeta regalo
tarjetas regalo
tarjeta de google play
tarjetas de google play
tarjeta google play
tarjeta de steam
tarjetas de steam
tarjeta steam
tarjeta de amazon
tarjetas de amazon
tarjeta amazon
tarjeta de itunes
tarjeta itunes
tarjeta de apple
tarjeta apple
tarjeta prepago
tarjetas prepago
tarjeta de prepago
tarjeta psn
tarjeta de xbox
cheque regalo
vale de amazon

"""#),
        (path: "lexicons/es_gift_codes.txt", text: #"""
# Spanish: what an offender asks for from a gift card (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
el código
los códigos
código
códigos
foto del código
foto del reverso
foto de atrás
la parte de atrás
raspa
rasca
el pin
número de la tarjeta
números de la tarjeta
mándame los códigos
manda el código

"""#),
        (path: "lexicons/es_goes_to.txt", text: #"""
# Spanish impersonal 'this goes to / ends up on' placed before a platform (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
va a
va para
va pa
va directo a
va directo para
va derecho a
va derechito a
van a
van para
van directo a
acaba en
acabará en
acaban en
termina en
terminará en
terminan en
sale en
saldrá en
salen en
se sube a
se publica en
se filtra en
va a parar a
van a parar a
irá a
irán a
va a ir a
va a acabar en
va a terminar en
va a salir en
va a estar en

"""#),
        (path: "lexicons/es_greeting.txt", text: #"""
# Spanish greetings and visits that name relatives (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
saludos a
saluda a
dale saludos a
un beso a
besos a
un abrazo a
abrazos a
dile a
felicita a
felicidades a
vienen
van a venir
invita a
invitados
cena
comida

"""#),
        (path: "lexicons/es_hack_verbs.txt", text: #"""
# Spanish first-person hacking claims (friends and recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
hackeé
hackié
jaqueé
hackeé tu
entré a
entré en
me metí en
me metí a
accedí a
tengo control de
tengo el control de
tomé el control de
controlo
instalé
infecté
activé
encendí
prendí
cloné
intervine
te hackeé
te hackié

"""#),
        (path: "lexicons/es_handle_shared.txt", text: #"""
# Spanish: sharing one's own handle on another app (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
mi snap es
mi snapchat es
mi insta es
mi ig es
mi instagram es
mi whatsapp es
mi wsp es
mi whats es
mi telegram es
mi skype es
mi discord es
mi kik es
mi usuario es
mi user es
mi usuario de snap
mi usuario de telegram
agrégame como
búscame como

"""#),
        (path: "lexicons/es_harm.txt", text: #"""
# Spanish threats of harm, stalking or pressure toward self-harm (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
te voy a encontrar
te encontraré
sé dónde encontrarte
te vas a arrepentir
te arrepentirás
lo vas a pagar caro
lo pagarás caro
te voy a matar
te voy a hacer daño
te haré daño
mátate
suicídate
deberías matarte
deberías suicidarte
tu vida se acabó
tu vida está acabada
vas a desear no haber nacido
te voy a hacer la vida imposible
te haré la vida imposible

"""#),
        (path: "lexicons/es_here_are.txt", text: #"""
# Spanish: presenting the victim's network back to them ('aquí están tus amigos') (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
aquí están
aquí tienes a
estos son
estas son
reconoces a
te suenan
conoces a estos
mira

"""#),
        (path: "lexicons/es_i_have.txt", text: #"""
# Spanish first-person possession claims ('tengo', 'ya tengo guardado') (friends and recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tengo
ya tengo
aquí tengo
tengo guardado
tengo guardados
tengo guardada
tengo guardadas
guardé
conseguí
obtuve
tengo en mi poder
me quedé con
tengo copia de
tengo una copia de
me bajé
tengo acceso a

"""#),
        (path: "lexicons/es_i_know.txt", text: #"""
# Spanish first-person knowledge claims placed before family details ('sé el nombre de tu madre') (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
sé
ya sé
me sé
conozco
ya conozco

"""#),
        (path: "lexicons/es_i_publish.txt", text: #"""
# Spanish first-person publishing acts with the material as object ('lo publico', 'voy a subirlo') (publish, payment, deadline and intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
lo publico
los publico
las publico
la publico
lo subo
los subo
las subo
lo filtro
los filtro
las filtro
lo difundo
los difundo
las difundo
lo comparto
las comparto
lo hago público
lo hago viral
los hago públicos
las hago públicas
lo viralizo
lo publicaré
los publicaré
las publicaré
lo subiré
las subiré
los subiré
lo filtraré
las filtraré
lo difundiré
lo compartiré
lo voy a publicar
los voy a publicar
las voy a publicar
lo voy a subir
los voy a subir
las voy a subir
lo voy a filtrar
las voy a filtrar
lo voy a difundir
lo voy a compartir
voy a publicar
voy a subir
voy a filtrar
voy a difundir
voy a publicarlo
voy a subirlo
voy a filtrarlo
voy a publicarlas
voy a subirlas
voy a hacerlo público
voy a hacerlo viral
voy a hacer público
publico todo
subo todo
publico tus fotos
subo tus fotos
publico tu video
subo tu video
publico el video
subo el video
filtro tus fotos
filtro el video
filtro tu video
te expongo
te voy a exponer
te expondré
empiezo a publicar
empiezo a subir
empiezo a compartir
comienzo a publicar

"""#),
        (path: "lexicons/es_i_send.txt", text: #"""
# Spanish first-person sending of the material to someone ('se lo mando', 'les voy a enviar') (publish and intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
se lo mando
se los mando
se las mando
se lo envío
se los envío
se las envío
se lo paso
se las paso
se los paso
se lo enseño
se las enseño
se lo muestro
se las muestro
se lo voy a mandar
se las voy a mandar
se los voy a mandar
se lo voy a enviar
se las voy a enviar
se lo voy a pasar
se lo voy a enseñar
se lo voy a mostrar
se lo mandaré
se lo enviaré
se lo enseñaré
les mando
les envío
les paso
les voy a mandar
les voy a enviar
les voy a pasar
les voy a enseñar
les voy a mostrar
le voy a mandar
le voy a enviar
le voy a enseñar
le voy a mostrar
le mando el video
le mando las fotos
les mando el video
les mando las fotos
le envío el video
les envío el video
voy a mandarle
voy a mandarles
voy a enviarle
voy a enviarles
voy a enseñarle
voy a enseñarles
voy a mostrarle
voy a mostrarles
voy a mandar el video
voy a mandar las fotos
voy a enviar el video
voy a enviar las fotos
mandaré el video
enviaré el video
mandaré las fotos
empiezo a mandar
empiezo a enviar
empiezo a mandárselo
comienzo a mandar
voy a mandar este video
voy a mandar tu video
voy a mandar estas fotos
voy a mandar tus fotos
voy a mandar la grabación
voy a mandar esta grabación
voy a mandar tus nudes
voy a mandar todo
voy a enviar este video
voy a enviar tu video
voy a enviar estas fotos
voy a enviar tus fotos
voy a enviar la grabación
voy a enviar esta grabación
voy a enviar tus nudes
voy a enviar todo
voy a pasar el video
voy a pasar este video
voy a pasar tu video
voy a pasar las fotos
voy a pasar estas fotos
voy a pasar tus fotos
voy a pasar la grabación
voy a pasar esta grabación
voy a pasar tus nudes
voy a pasar todo
voy a enseñar el video
voy a enseñar este video
voy a enseñar tu video
voy a enseñar las fotos
voy a enseñar estas fotos
voy a enseñar tus fotos
voy a enseñar la grabación
voy a enseñar esta grabación
voy a enseñar tus nudes
voy a enseñar todo
voy a mostrar el video
voy a mostrar este video
voy a mostrar tu video
voy a mostrar las fotos
voy a mostrar estas fotos
voy a mostrar tus fotos
voy a mostrar la grabación
voy a mostrar esta grabación
voy a mostrar tus nudes
voy a mostrar todo
mandaré este video
mandaré tu video
mandaré estas fotos
mandaré tus fotos
mandaré la grabación
mandaré esta grabación
mandaré tus nudes
mandaré todo
enviaré este video
enviaré tu video
enviaré las fotos
enviaré estas fotos
enviaré tus fotos
enviaré la grabación
enviaré esta grabación
enviaré tus nudes
enviaré todo
le mando este video
le mando tu video
le mando estas fotos
le mando tus fotos
le mando la grabación
le mando esta grabación
le mando tus nudes
le mando todo
les mando este video
les mando tu video
les mando estas fotos
les mando tus fotos
les mando la grabación
les mando esta grabación
les mando tus nudes
les mando todo
le envío este video
le envío tu video
le envío las fotos
le envío estas fotos
le envío tus fotos
le envío la grabación
le envío esta grabación
le envío tus nudes
le envío todo
les envío este video
les envío tu video
les envío las fotos
les envío estas fotos
les envío tus fotos
les envío la grabación
les envío esta grabación
les envío tus nudes
les envío todo
mando el video
mando este video
mando tu video
mando las fotos
mando estas fotos
mando tus fotos
mando la grabación
mando esta grabación
mando tus nudes
mando todo
envío el video
envío este video
envío tu video
envío las fotos
envío estas fotos
envío tus fotos
envío la grabación
envío esta grabación
envío tus nudes
envío todo

"""#),
        (path: "lexicons/es_is_this_your.txt", text: #"""
# Spanish checks of a name against the victim's circle ('¿esta es tu hermana?') (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
esta es tu
este es tu
es esta tu
es este tu
esta no es tu
este no es tu
es ella tu
es él tu

"""#),
        (path: "lexicons/es_jail.txt", text: #"""
# Spanish threats of arrest, prison or the offender register (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
vas a ir a la cárcel
irás a la cárcel
vas a terminar en la cárcel
vas a acabar en la cárcel
vas a ir preso
vas a ir presa
vas a terminar preso
vas a estar preso
irás preso
te van a meter preso
te van a meter en la cárcel
te meterán en la cárcel
te van a encarcelar
te van a arrestar
te van a detener
te arrestarán
vas a ir en cana
vas a ir al bote
vas a ir al talego
te van a meter al bote
registro de delincuentes sexuales
registro de agresores sexuales
antecedentes penales
vas a tener antecedentes

"""#),
        (path: "lexicons/es_know_where.txt", text: #"""
# Spanish: knowledge of where the reader lives, studies or works (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
sé dónde vives
ya sé dónde vives
sé dónde estudias
sé dónde trabajas
sé a qué escuela vas
se a q escuela vas
sé a qué colegio vas
se a q colegio vas
sé a qué cole vas
se a q cole vas
sé tu dirección
tengo tu dirección
conozco tu dirección
sé cuál es tu casa
sé en qué calle vives
se en q calle vives
sé dónde está tu casa
sé en qué colegio estudias
se en q colegio estudias
sé en qué escuela estudias
se en q escuela estudias
sé en qué instituto estudias
se en q instituto estudias
sé en qué universidad estudias
se en q universidad estudias
sé en qué cole estás
se en q cole estas
sé dónde está tu colegio
sé dónde está tu escuela
sé en qué trabajas
se en q trabajas

"""#),
        (path: "lexicons/es_known_details.txt", text: #"""
# Spanish details of the victim's family recited as proof of reach (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
el nombre de tu
los nombres de tus
el número de tu
los números de tus
dónde trabaja tu
dónde estudia tu
dónde vive tu
el insta de tu
el instagram de tu
el facebook de tu
el face de tu
el teléfono de tu
el celular de tu
el móvil de tu
la dirección de tu
el trabajo de tu
el correo de tu

"""#),
        (path: "lexicons/es_laugh.txt", text: #"""
# Spanish chat laughter and jokes: a banter marker (unless only).
jaja
jajaja
jajajaja
jajajajaja
jajaj
jajsj
jsjs
jsjsjs
jeje
jejeje
jiji
xd
xdd
lol
es broma
era broma
de broma
bromeando

"""#),
        (path: "lexicons/es_look_proof.txt", text: #"""
# Spanish: proof offered to the victim ('mira lo que tengo', '¿te reconoces?') (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
mira lo que tengo
mira lo q tengo
mira lo que tengo de ti
mira lo q tengo de ti
mira lo que grabé
mira lo q grabé
mira lo que guardé
mira lo q guardé
mira esto que tengo
mira esto q tengo
te reconoces
eres tú en el video
eres tú en este video
este eres tú
esta eres tú
aquí tienes la prueba
ahí tienes la prueba
esta es la prueba
te mando la prueba
aquí está la prueba
para que veas que no miento
para q veas q no miento
para que veas que es verdad
para q veas q es verdad
para que veas que no es broma
para q veas q no es broma
te suena esto
te suena este video

"""#),
        (path: "lexicons/es_malware.txt", text: #"""
# Spanish malware words in the email variant (recording; the English forms are in @malware).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
troyano
un troyano
programa espía
software espía
programa malicioso
software malicioso
código malicioso
acceso remoto
virus informático
un virus
mi virus
mi programa
mi software

"""#),
        (path: "lexicons/es_mature_flattery.txt", text: #"""
# Spanish flattery that sets the reader apart from peers and parents (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
eres muy madura para tu edad
eres muy maduro para tu edad
madura para tu edad
maduro para tu edad
pareces mayor
pareces más grande
la edad es solo un número
la edad no importa
no soy como los demás
no soy como otros chicos
no soy como los otros
nadie te entiende como yo
nadie te comprende como yo
solo yo te entiendo
solo yo te comprendo
tus padres no te entienden
tus papás no te entienden
yo sí te entiendo

"""#),
        (path: "lexicons/es_more_requests.txt", text: #"""
# Spanish pressure for more images, with reassurance (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
solo una más
una más
otra más
una foto más
manda más
mándame más
envíame más
quiero más fotos
nadie la va a ver
nadie lo va a ver
nadie las va a ver
nadie más la va a ver
nadie más lo va a ver
solo para mí
no seas tímida
no seas tímido
no seas vergonzosa
no seas vergonzoso
no te dé vergüenza
no se lo enseño a nadie
no se la enseño a nadie
no se lo voy a enseñar a nadie
la borro después
te prometo que la borro
te prometo q la borro

"""#),
        (path: "lexicons/es_move_phrases.txt", text: #"""
# Spanish invitations to continue on another app ('agrégame a snap') (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
agrégame
agrégame a
agrégame en
agrégame al
añádeme
añádeme a
añádeme en
háblame por
háblame al
háblame a
escríbeme por
escríbeme al
escríbeme a
escríbeme en
mándame mensaje por
mándame mensaje al
hablemos por
hablamos por
hablemos en
sigamos por
sigamos en
seguimos por
seguimos en
pasemos a
pasémonos a
vámonos a
nos vamos a
vamos a
pásate a
nos pasamos a
mejor por
mejor en
búscame en
búscame como
sígueme en

"""#),
        (path: "lexicons/es_network_lists.txt", text: #"""
# Spanish: the victim's follower, friend and contact lists (friends and publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tus seguidores
tu lista de amigos
tus contactos
tu lista de contactos
tu agenda
tu agenda de contactos
a quién sigues
tus seguidos
tus amigos de facebook
tus amigos de insta
tus amigos de instagram
tu lista de seguidores

"""#),
        (path: "lexicons/es_network_people.txt", text: #"""
# Spanish: the victim's friends and family as people (friends and publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tus amigos
tus amigas
tu familia
tus familiares
tus amistades
tus conocidos

"""#),
        (path: "lexicons/es_no_escape.txt", text: #"""
# Spanish: removing the reader's options ('no tienes opción', 'haz lo que te digo') (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
no tienes opción
no tienes elección
no tienes salida
no tienes escapatoria
no hay salida
no tienes otra opción
no te queda otra
haz lo que te digo
haz lo q te digo
haz lo que yo te diga
haz lo q yo te diga
haz lo que digo
haz lo q digo
obedece
obedéceme
no me pongas a prueba
no me provoques
no estoy jugando
esto no es un juego
no juegues conmigo
no te hagas el listo
no te hagas la lista
no te hagas el vivo
no te pases de listo
estás en mis manos
tu vida está en mis manos
ahora mando yo

"""#),
        (path: "lexicons/es_now.txt", text: #"""
# Spanish 'now / today / tonight' placed before an ultimatum hinge (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
ahora
ya
hoy
esta noche
ahorita
ahorita mismo

"""#),
        (path: "lexicons/es_off_site.txt", text: #"""
# Spanish reasons to leave the current app or site (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
casi no entro aquí
casi no uso esta app
no uso mucho esta app
no uso mucho esto
no me conecto mucho aquí
esta app es aburrida
esta app es una mierda
esta app falla
esta app no sirve
aquí no se puede hablar
aquí no podemos hablar
salgamos de aquí
vámonos de esta app
aquí no puedo hablar mucho
aquí no puedo hablar
por aquí no puedo hablar
no me gusta hablar por aquí

"""#),
        (path: "lexicons/es_or_audience.txt", text: #"""
# Spanish ultimatum whose alternative is the audience seeing it or the victim ruined (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
o todos lo verán
o todos lo van a ver
o todo el mundo lo verá
o todo el mundo lo va a ver
o todo el mundo lo ve
o lo ve todo el mundo
o lo verá todo el mundo
o lo van a ver todos
o tu familia lo verá
o tu familia lo va a ver
o tu familia lo ve
o tus amigos lo verán
o tus amigos lo van a ver
o tus padres lo verán
o tus padres lo van a ver
o tus papás lo verán
o tus papás lo van a ver
o tu mamá lo verá
o tu mamá lo va a ver
o tu madre lo verá
o tu novia lo verá
o tus fotos salen
o tu video sale
o tus fotos van
o tu video va
o sale todo
o todo sale
o se hace viral
o se hará viral
o se vuelve viral
o se publica
o se publica todo
o se filtra
o se filtra todo
o sale a la luz
o todo sale a la luz
o tu vida se acaba
o tu vida está acabada
o te arruino la vida
o te destruyo
o te hundo
o te quemo
o te escracho
o te hago famoso
o te hago famosa
o te hago viral
o te vuelvo viral
o te quemo en redes
o te hago la vida imposible

"""#),
        (path: "lexicons/es_or_threat.txt", text: #"""
# Spanish hinge that turns a demand or a deadline into a threat ('o esto...', 'o ya verás') (payment and deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
o esto
o este video
o el video
o las fotos
o estas fotos
o tus fotos
o tu video
o todos
o todo el mundo
o tu familia
o tus amigos
o tus padres
o tus papás
o tu novia
o tu novio
o tu mujer
o tu marido
o ya verás
o si no ya verás
o sino ya verás
o si no verás
de lo contrario
si no quieres que
si no quieres q
a menos que quieras que
a menos q quieras q
o atente a las consecuencias
o habrá consecuencias
o te arrepentirás
o te vas a arrepentir
o lo lamentarás
o lo vas a lamentar
o lo pagarás caro
o lo vas a pagar caro
o se acabó
o te jodo
o te jodes
o te va a ir mal
o te irá mal
o ya sabes lo que pasa
o ya sabes lo q pasa
o ya sabes lo que pasará
o ya sabes lo q pasará
o ya sabes lo que va a pasar
o ya sabes lo q va a pasar
o se lo mando a
o se lo envío a
o se lo paso a
o se lo enseño a
o se lo muestro a
o les mando
o le mando
o le envío
o les envío

"""#),
        (path: "lexicons/es_p2p_rails.txt", text: #"""
# Spanish everyday transfer rails (Bizum, Nequi, Yape, bank transfer): evidence only next to a threat, since friends settle up with them (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
bizum
un bizum
nequi
daviplata
yape
plin
mercado pago
mercadopago
spei
clabe
cbu
cvu
transferencia
una transferencia
transferencia bancaria
cuenta bancaria
número de cuenta
mi número de cuenta
a esta cuenta
a mi cuenta

"""#),
        (path: "lexicons/es_paid.txt", text: #"""
# Spanish: once the victim has paid (payment, with a delete promise).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
pagas
pagues
me pagues
me pagas
pagaste
paga
págame
dinero
plata
lana
pasta
cuando pagues
cuando me pagues
en cuanto pagues
si pagas
si me pagas
una vez que pagues
una vez q pagues
después de que pagues
después de q pagues
cuando me llegue el dinero
cuando reciba el dinero
cuando reciba el pago

"""#),
        (path: "lexicons/es_parents_dont_know.txt", text: #"""
# Spanish: keeping parents from knowing or seeing (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tus padres no entenderían
tus papás no entenderían
tus padres no lo entenderían
tus padres no tienen por qué saber
tus padres no tienen por q saber
tus padres no tienen que saber
tus padres no tienen q saber
tus padres no se tienen que enterar
tus padres no se tienen q enterar
que no se enteren tus padres
q no se enteren tus padres
que no se enteren tus papás
q no se enteren tus papás
que no se entere tu mamá
q no se entere tu mamá
que no se entere tu madre
q no se entere tu madre
que no se entere tu papá
q no se entere tu papá
que tus padres no vean
q tus padres no vean
que tus papás no vean
q tus papás no vean
que tu mamá no vea
q tu mamá no vea
que tu madre no vea
q tu madre no vea
que no lo vea tu mamá
q no lo vea tu mamá
que no lo vean tus padres
q no lo vean tus padres
no le enseñes esto a nadie

"""#),
        (path: "lexicons/es_passive_hack.txt", text: #"""
# Spanish: the victim's device said to be hacked (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
fue hackeado
fue hackeada
está hackeado
está hackeada
ha sido hackeado
ha sido hackeada
fue intervenido
fue intervenida
está intervenido
está infectado
está infectada
fue infectado
ha sido infectado

"""#),
        (path: "lexicons/es_password_proof.txt", text: #"""
# Spanish: an old password quoted as proof of access (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu contraseña es
tu clave es
tu password es
sé tu contraseña
conozco tu contraseña
tengo tu contraseña
tengo tu clave
esta es tu contraseña
reconoces esta contraseña

"""#),
        (path: "lexicons/es_pay_commands.txt", text: #"""
# Spanish payment imperatives and obligations placed before an amount (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
paga
págame
págale
págalo
paguen
pague usted
transfiere
transfiéreme
transferime
transferí
deposita
deposítame
ingresa
ingrésame
me pagas
me vas a pagar
vas a pagar
vas a pagarme
me pagarás
pagarás
tienes que pagar
tienes q pagar
tienes que pagarme
tienes q pagarme
tenés que pagar
tenés q pagar
tenés que pagarme
tenés q pagarme
me tienes que pagar
me tienes q pagar
me tenés que pagar
me tenés q pagar
me tienes que dar
me tienes q dar
me tienes que mandar
me tienes q mandar
me tienes que enviar
me tienes q enviar
me tienes que transferir
me tienes q transferir
debes pagar
debes pagarme
deberás pagar
más te vale pagar
más te vale pagarme
más te vale mandar
quiero que me pagues
quiero q me pagues
quiero que me mandes
quiero q me mandes
quiero que me deposites
quiero q me deposites
quiero que me transfieras
quiero q me transfieras
me vas a mandar
me vas a dar
me vas a depositar
me depositas
me transfieres
hazme un
hazme una
haz un
haz una
mándame un
mándame una

"""#),
        (path: "lexicons/es_pay_pressure.txt", text: #"""
# Spanish haggling and chasing a payment without an amount ('¿cuánto tienes?', 'manda el dinero') (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
cuánto puedes pagar
cuánto me puedes pagar
cuánto puedes mandar
cuánto me puedes mandar
cuánto me puedes dar
cuánto dinero tienes
cuánta plata tienes
cuánta lana tienes
cuánta pasta tienes
cuánto tienes en tu cuenta
cuánto tienes en el banco
manda lo que tengas
manda lo q tengas
mándame lo que tengas
mándame lo q tengas
paga lo que tengas
paga lo q tengas
dame lo que tengas
dame lo q tengas
envía lo que tengas
envía lo q tengas
lo que tengas en tu cuenta
lo q tengas en tu cuenta
mi última oferta
es mi última oferta
te lo dejo en
te lo rebajo a
lo dejo en
manda el dinero
mándame el dinero
envía el dinero
envíame el dinero
manda la plata
mándame la plata
manda la lana
manda la pasta
dame el dinero
dónde está mi dinero
dónde está el dinero
dónde está la plata
estoy esperando el dinero
estoy esperando el pago
estoy esperando mi dinero
espero el pago
espero el dinero
quiero mi dinero
quiero el dinero
quiero mi plata
paga ya
págame ya
ya pagaste
pagaste ya
has pagado ya
todavía no pagas
aún no pagas
sigo esperando el pago

"""#),
        (path: "lexicons/es_payment_rails.txt", text: #"""
# Spanish and Latin American cash-deposit rails named in demands ('deposita en OXXO') (payment; brands shared with English are in @payment_rails).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
oxxo
depósito en oxxo
depósito oxxo
pago en oxxo
ficha de depósito
elektra
banco azteca
recarga de saldo
código de recarga
paysafe

"""#),
        (path: "lexicons/es_petty.txt", text: #"""
# Spanish petty matters the police 'can't do anything' about (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
bici
bicicleta
ruido
vecinos
vecino
coche
carro
auto
aparcamiento
estacionamiento
robo
robaron
robado
hurto
cartera
billetera robada
tráfico
multa
grafiti

"""#),
        (path: "lexicons/es_pic_direct.txt", text: #"""
# Spanish direct requests for a picture of the reader (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
foto tuya
una foto tuya
fotos tuyas
foto de ti
fotos de ti
quiero verte
déjame verte
a ver cómo eres
muéstrate
enséñate
cómo eres en foto

"""#),
        (path: "lexicons/es_pic_requests.txt", text: #"""
# Spanish requests to see the reader ('quiero ver', 'muéstrame') (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
quiero ver
déjame ver
muéstrame
enséñame
puedo ver
mándate
sácate
tómate
hazte
quiero una
regálame

"""#),
        (path: "lexicons/es_pic_words.txt", text: #"""
# Spanish pictures and videos (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
foto
fotos
fotito
fotitos
selfie
selfi
selfies
videíto
imagen
fotico

"""#),
        (path: "lexicons/es_platforms.txt", text: #"""
# Spanish names of places material can be published (publish; brands are in @publish_platforms).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
las redes
redes sociales
las redes sociales
todas las redes
la red
la web
el face
el feis
el insta
el tiktok
el youtube
el grupo de la familia
el grupo de la clase
el grupo del cole
el grupo del trabajo
todos los grupos
los grupos de whatsapp
internet entero

"""#),
        (path: "lexicons/es_police.txt", text: #"""
# Spanish: the police (grooming and intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
la policía
policía
los pacos
la poli
la pasma
los polis
la tira
la guardia civil
los mossos
la fiscalía
las autoridades
los federales
la justicia

"""#),
        (path: "lexicons/es_police_futility.txt", text: #"""
# Spanish claims that the police can't find the offender or help (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
no me va a encontrar
no me van a encontrar
no me encontrará
no me encontrarán
no me pueden encontrar
no me puede encontrar
no puede hacer nada
no pueden hacer nada
no va a hacer nada
no van a hacer nada
no te va a ayudar
no te van a ayudar
no te puede ayudar
no te pueden ayudar
no me asusta
no me asustan
no sirve de nada
no me pueden tocar
no me pueden rastrear
nunca me encontrarán
jamás me encontrarán
me da igual
me vale

"""#),
        (path: "lexicons/es_porn_sites.txt", text: #"""
# Spanish names of adult sites (publish; the site names are in @porn_sites).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
páginas porno
página porno
sitios porno
sitio porno
webs porno
web porno
páginas para adultos
páginas de adultos
sitios para adultos
foros porno

"""#),
        (path: "lexicons/es_private_reasons.txt", text: #"""
# Spanish reasons given for moving somewhere less visible (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
más privado
más privada
más seguro
más discreto
más íntimo
se borran
se borran los mensajes
los mensajes se borran
mensajes temporales
mensajes que se borran
mensajes q se borran
se autodestruyen
se autodestruye
nadie puede ver
nadie nos ve
nadie lo ve
nadie nos lee
nadie puede leer
nadie se entera
chat secreto
modo incógnito
no queda registro
no quedan registros
aquí vigilan
aquí leen los mensajes

"""#),
        (path: "lexicons/es_publish_conditions.txt", text: #"""
# Spanish conditions set on publishing: 'si no pagas...', 'hasta que pagues' (payment and publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
si no pagas
si no me pagas
sino pagas
sino me pagas
si no me das el dinero
si no me das la plata
si no me das lo que pido
si no me das lo q pido
si no mandas
si no me mandas
si no envías
si no me envías
si no depositas
si no me depositas
si no transfieres
si no me transfieres
si no haces lo que te digo
si no haces lo q te digo
si no haces lo que digo
si no haces lo q digo
si no haces lo que te pido
si no haces lo q te pido
si no cooperas
si no colaboras
si no obedeces
si no cumples
si no me haces caso
a menos que pagues
a menos q pagues
a menos que me pagues
a menos q me pagues
salvo que pagues
salvo q pagues
salvo que me pagues
salvo q me pagues
hasta que pagues
hasta q pagues
hasta que me pagues
hasta q me pagues
hasta que no pagues
hasta q no pagues
mientras no pagues
como no pagues
como no me pagues

"""#),
        (path: "lexicons/es_publish_verbs.txt", text: #"""
# Spanish infinitive and impersonal publish verbs, used next to explicit material (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
publicar
publicaré
subir
subiré
filtrar
filtraré
difundir
difundiré
compartiré
exponer
viralizar
se van a filtrar
se filtrarán
se van a publicar
se publicarán
se van a difundir
se difundirán
van a salir
saldrán
va a salir
saldrá
se hará viral
se va a hacer viral
se harán virales
hacer públicas
hacer públicos
hacerlas públicas
hacerlos públicos

"""#),
        (path: "lexicons/es_recorded_complete.txt", text: #"""
# Spanish complete claims to have recorded the victim ('te grabé', 'quedó todo grabado') (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
te grabé
te he grabado
te tengo grabado
te tengo grabada
te grabé todo
te grabé entero
te grabé entera
quedaste grabado
quedaste grabada
quedó todo grabado
todo quedó grabado
lo tengo todo grabado
tengo todo grabado
está todo grabado
todo está grabado
está grabado
grabé toda la videollamada
grabé la videollamada
grabé nuestra videollamada
grabé la llamada
grabé nuestra llamada
grabé la pantalla
grabé pantalla
hice grabación de pantalla
tengo la grabación
tengo la grabación de
tengo el video de la llamada
tengo el video de la videollamada

"""#),
        (path: "lexicons/es_recorded_first_person.txt", text: #"""
# Spanish first-person recording verbs (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
grabé
he grabado
grabé a
filmé
te filmé
saqué fotos
te saqué fotos
te tomé fotos
tengo grabado
tengo grabada
tengo grabados
tengo grabadas
lo tengo grabado

"""#),
        (path: "lexicons/es_recorded_objects.txt", text: #"""
# Spanish objects of a recording claim ('grabé todo lo que hiciste') (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
todo
todo lo que hacías
todo lo q hacías
tu cara
tu cuerpo
la cámara
tu cámara
mientras hablábamos
mientras te tocabas
la conversación
nuestra conversación

"""#),
        (path: "lexicons/es_relatives.txt", text: #"""
# Spanish relative and partner nouns after 'esta es tu' (friends).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
mamá
madre
papá
padre
hermana
hermano
abuela
abuelo
tía
tío
prima
primo
novia
novio
mejor amiga
mejor amigo
esposa
esposo
hija
hijo
sobrina
sobrino

"""#),
        (path: "lexicons/es_ruin.txt", text: #"""
# Spanish first-person promises to expose, humiliate or ruin the victim (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
te arruino la vida
te voy a arruinar la vida
te arruinaré la vida
voy a arruinar tu vida
arruinaré tu vida
voy a destruir tu vida
te voy a destruir
te destruiré
te destruyo
te hundo
te voy a hundir
te hundiré
te voy a escrachar
te escracho
te voy a quemar en redes
te quemo en redes
te voy a funar
te funo
vas a quedar expuesto
vas a quedar expuesta
vas a quedar en ridículo
vas a ser la burla de todos
te voy a dejar en ridículo
haré que todos sepan
haré q todos sepan
voy a hacer que todos vean
voy a hacer q todos vean
me aseguraré de que todos vean
me aseguraré de q todos vean
te voy a hacer viral
te hago viral
te haré viral
te voy a hacer famoso
te voy a hacer famosa
te hago famoso
te hago famosa
te haré famoso
te haré famosa
tu reputación está acabada
se acabó tu reputación
voy a acabar con tu reputación
voy a destruir tu reputación
voy a arruinar tu reputación
te arruino la reputación
vas a perder tu trabajo
vas a perder a tu familia
vas a perder a tu novia
voy a contarle a todos lo que
voy a contarle a todos lo q
voy a contar a todos lo que
voy a contar a todos lo q
les voy a contar a todos lo que
les voy a contar a todos lo q
le voy a contar a todo el mundo lo que
le voy a contar a todo el mundo lo q
voy a contarle a todo el mundo lo que
voy a contarle a todo el mundo lo q

"""#),
        (path: "lexicons/es_secrecy.txt", text: #"""
# Spanish requests to keep the chat secret or delete it (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
nuestro secreto
nuestro secretito
es un secreto entre
que quede entre nosotros
q quede entre nosotros
que quede entre tú y yo
q quede entre tú y yo
no le digas a nadie
no le cuentes a nadie
no se lo digas a nadie
no se lo cuentes a nadie
no digas nada a nadie
nadie tiene que saber
nadie tiene q saber
nadie tiene que saberlo
nadie tiene q saberlo
nadie se tiene que enterar
nadie se tiene q enterar
que nadie se entere
q nadie se entere
borra el chat
borra los mensajes
borra nuestra conversación
borra la conversación
borra esta conversación
borra todo después
borra nuestros mensajes

"""#),
        (path: "lexicons/es_send_me.txt", text: #"""
# Spanish 'send me' / 'give me': a request for money or for a picture (shared by the payment and image rules).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
mándame
mándamelo
mándamela
manda
envíame
envíamelo
envía
pásame
pásamelo
pasá
dame
dámelo
dámela
me mandas
me envías
me pasas
me das

"""#),
        (path: "lexicons/es_shared_device.txt", text: #"""
# Spanish probes of who else sees the reader's device (grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
es una computadora compartida
usas una computadora compartida
compartes el ordenador
compartes la computadora
compartes el celular
compartes el móvil
tus padres revisan tu celular
tus papás revisan tu celular
tus padres revisan tu móvil
tus padres miran tu móvil
tus padres te revisan el celular
te revisan el celular
te revisan el móvil
te revisan el teléfono
es tu propio celular
es tu propio móvil
el celular es tuyo
el móvil es tuyo
alguien más usa tu
alguien más ve tus mensajes
alguien lee tus mensajes
tus padres leen tus mensajes

"""#),
        (path: "lexicons/es_shop.txt", text: #"""
# Spanish shop, booking and billing notices that use 'last chance' (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
oferta
ofertas
rebajas
descuento
descuentos
entradas
inscripción
inscripciones
matrícula
reserva
reservas
pedido
promoción
tienda
sorteo
plazas
apúntate
factura
recibo
pago pendiente
deuda
banco
correos
paquete
envío
suscripción
cupón

"""#),
        (path: "lexicons/es_spelled_amounts.txt", text: #"""
# Spanish amounts entity(money) does not read: amounts in words, and digits with slang or regional currency words (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
cien euros
cien dólares
cien pesos
cien soles
cien pavos
cien bolívares
cien quetzales
cien lempiras
cien colones
cien libras
cien lucas
doscientos euros
doscientos dólares
doscientos pesos
doscientos soles
doscientos pavos
doscientos bolívares
doscientos quetzales
doscientos lempiras
doscientos colones
doscientas libras
doscientas lucas
trescientos euros
trescientos dólares
trescientos pesos
trescientos soles
trescientos pavos
trescientos bolívares
trescientos quetzales
trescientos lempiras
trescientos colones
trescientas libras
trescientas lucas
cuatrocientos euros
cuatrocientos dólares
cuatrocientos pesos
cuatrocientos soles
cuatrocientos pavos
cuatrocientos bolívares
cuatrocientos quetzales
cuatrocientos lempiras
cuatrocientos colones
cuatrocientas libras
cuatrocientas lucas
quinientos euros
quinientos dólares
quinientos pesos
quinientos soles
quinientos pavos
quinientos bolívares
quinientos quetzales
quinientos lempiras
quinientos colones
quinientas libras
quinientas lucas
seiscientos euros
seiscientos dólares
seiscientos pesos
seiscientos soles
seiscientos pavos
seiscientos bolívares
seiscientos quetzales
seiscientos lempiras
seiscientos colones
seiscientas libras
seiscientas lucas
setecientos euros
setecientos dólares
setecientos pesos
setecientos soles
setecientos pavos
setecientos bolívares
setecientos quetzales
setecientos lempiras
setecientos colones
setecientas libras
setecientas lucas
ochocientos euros
ochocientos dólares
ochocientos pesos
ochocientos soles
ochocientos pavos
ochocientos bolívares
ochocientos quetzales
ochocientos lempiras
ochocientos colones
ochocientas libras
ochocientas lucas
novecientos euros
novecientos dólares
novecientos pesos
novecientos soles
novecientos pavos
novecientos bolívares
novecientos quetzales
novecientos lempiras
novecientos colones
novecientas libras
novecientas lucas
mil euros
mil dólares
mil pesos
mil soles
mil pavos
mil bolívares
mil quetzales
mil lempiras
mil colones
mil libras
mil lucas
dos mil euros
dos mil dólares
dos mil pesos
dos mil soles
dos mil pavos
dos mil bolívares
dos mil quetzales
dos mil lempiras
dos mil colones
dos mil libras
dos mil lucas
tres mil euros
tres mil dólares
tres mil pesos
tres mil soles
tres mil pavos
tres mil bolívares
tres mil quetzales
tres mil lempiras
tres mil colones
tres mil libras
tres mil lucas
cinco mil euros
cinco mil dólares
cinco mil pesos
cinco mil soles
cinco mil pavos
cinco mil bolívares
cinco mil quetzales
cinco mil lempiras
cinco mil colones
cinco mil libras
cinco mil lucas
diez mil euros
diez mil dólares
diez mil pesos
diez mil soles
diez mil pavos
diez mil bolívares
diez mil quetzales
diez mil lempiras
diez mil colones
diez mil libras
diez mil lucas
doscientos
trescientos
cuatrocientos
quinientos
seiscientos
setecientos
ochocientos
novecientos
20 pavos
20 lucas
20 soles
20 dls
20 dlls
20 bolívares
20 quetzales
20 lempiras
20 colones
20 varos
20 baros
20 pesitos
20 euritos
20 dolaritos
20 verdes
30 pavos
30 lucas
30 soles
30 dls
30 dlls
30 bolívares
30 quetzales
30 lempiras
30 colones
30 varos
30 baros
30 pesitos
30 euritos
30 dolaritos
30 verdes
50 pavos
50 lucas
50 soles
50 dls
50 dlls
50 bolívares
50 quetzales
50 lempiras
50 colones
50 varos
50 baros
50 pesitos
50 euritos
50 dolaritos
50 verdes
100 pavos
100 lucas
100 soles
100 dls
100 dlls
100 bolívares
100 quetzales
100 lempiras
100 colones
100 varos
100 baros
100 pesitos
100 euritos
100 dolaritos
100 verdes
150 pavos
150 lucas
150 soles
150 dls
150 dlls
150 bolívares
150 quetzales
150 lempiras
150 colones
150 varos
150 baros
150 pesitos
150 euritos
150 dolaritos
150 verdes
200 pavos
200 lucas
200 soles
200 dls
200 dlls
200 bolívares
200 quetzales
200 lempiras
200 colones
200 varos
200 baros
200 pesitos
200 euritos
200 dolaritos
200 verdes
250 pavos
250 lucas
250 soles
250 dls
250 dlls
250 bolívares
250 quetzales
250 lempiras
250 colones
250 varos
250 baros
250 pesitos
250 euritos
250 dolaritos
250 verdes
300 pavos
300 lucas
300 soles
300 dls
300 dlls
300 bolívares
300 quetzales
300 lempiras
300 colones
300 varos
300 baros
300 pesitos
300 euritos
300 dolaritos
300 verdes
400 pavos
400 lucas
400 soles
400 dls
400 dlls
400 bolívares
400 quetzales
400 lempiras
400 colones
400 varos
400 baros
400 pesitos
400 euritos
400 dolaritos
400 verdes
500 pavos
500 lucas
500 soles
500 dls
500 dlls
500 bolívares
500 quetzales
500 lempiras
500 colones
500 varos
500 baros
500 pesitos
500 euritos
500 dolaritos
500 verdes
600 pavos
600 lucas
600 soles
600 dls
600 dlls
600 bolívares
600 quetzales
600 lempiras
600 colones
600 varos
600 baros
600 pesitos
600 euritos
600 dolaritos
600 verdes
700 pavos
700 lucas
700 soles
700 dls
700 dlls
700 bolívares
700 quetzales
700 lempiras
700 colones
700 varos
700 baros
700 pesitos
700 euritos
700 dolaritos
700 verdes
800 pavos
800 lucas
800 soles
800 dls
800 dlls
800 bolívares
800 quetzales
800 lempiras
800 colones
800 varos
800 baros
800 pesitos
800 euritos
800 dolaritos
800 verdes
900 pavos
900 lucas
900 soles
900 dls
900 dlls
900 bolívares
900 quetzales
900 lempiras
900 colones
900 varos
900 baros
900 pesitos
900 euritos
900 dolaritos
900 verdes
1000 pavos
1000 lucas
1000 soles
1000 dls
1000 dlls
1000 bolívares
1000 quetzales
1000 lempiras
1000 colones
1000 varos
1000 baros
1000 pesitos
1000 euritos
1000 dolaritos
1000 verdes
1500 pavos
1500 lucas
1500 soles
1500 dls
1500 dlls
1500 bolívares
1500 quetzales
1500 lempiras
1500 colones
1500 varos
1500 baros
1500 pesitos
1500 euritos
1500 dolaritos
1500 verdes
2000 pavos
2000 lucas
2000 soles
2000 dls
2000 dlls
2000 bolívares
2000 quetzales
2000 lempiras
2000 colones
2000 varos
2000 baros
2000 pesitos
2000 euritos
2000 dolaritos
2000 verdes
3000 pavos
3000 lucas
3000 soles
3000 dls
3000 dlls
3000 bolívares
3000 quetzales
3000 lempiras
3000 colones
3000 varos
3000 baros
3000 pesitos
3000 euritos
3000 dolaritos
3000 verdes
5000 pavos
5000 lucas
5000 soles
5000 dls
5000 dlls
5000 bolívares
5000 quetzales
5000 lempiras
5000 colones
5000 varos
5000 baros
5000 pesitos
5000 euritos
5000 dolaritos
5000 verdes
50 mil pesos
50 mil
50 palos
100 mil pesos
100 mil
100 palos
200 mil pesos
200 mil
200 palos
300 mil pesos
300 mil
300 palos
500 mil pesos
500 mil
500 palos
800 mil pesos
800 mil
800 palos

"""#),
        (path: "lexicons/es_spread.txt", text: #"""
# Spanish verbs of spreading placed before 'all over' ('va a estar por todo internet') (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
va a circular
circulará
va a rodar
rodará
va a estar
estará
se va a esparcir
se esparcirá
lo riego
lo esparzo
lo reparto
lo distribuyo
lo voy a repartir
lo voy a esparcir

"""#),
        (path: "lexicons/es_surprise.txt", text: #"""
# Spanish happy secrets: surprise parties, pregnancies, engagements (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
sorpresa
fiesta sorpresa
regalo
embarazada
embarazo
nos casamos
me caso
comprometidos
nos comprometimos
compromiso
pedida
anillo
cumple
cumpleaños

"""#),
        (path: "lexicons/es_trade.txt", text: #"""
# Spanish image trades ('te enseño si me enseñas', 'foto por foto') (image).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
yo te enseño si tú me enseñas
te enseño si me enseñas
te muestro si me muestras
yo te muestro si tú me muestras
si me enseñas te enseño
si me muestras te muestro
foto por foto
una foto por otra
te mandé la mía
ya te mandé la mía
ahora mándame la tuya
ahora manda la tuya
ahora te toca mandar
te toca mandar
te toca enviar
te toca a ti mandar
intercambiamos fotos
intercambio de fotos
cambiamos fotos
me mandas una y te mando otra

"""#),
        (path: "lexicons/es_underage_claims.txt", text: #"""
# Spanish claims by the offender to be a minor, so the reader fears prosecution (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
soy menor
soy menor de edad
le mandaste fotos a una menor
le enviaste fotos a una menor
le mandaste fotos a un menor
le pasaste fotos a una menor
estabas hablando con una menor
hablabas con una menor
estabas hablando con un menor
a una menor de edad
a un menor de edad
con una menor de edad
con un menor de edad
eso es pornografía infantil
solo tengo 12 años
tengo solo 12 años
apenas tengo 12 años
solo tengo 12 añitos
solo tengo 13 años
tengo solo 13 años
apenas tengo 13 años
solo tengo 13 añitos
solo tengo 14 años
tengo solo 14 años
apenas tengo 14 años
solo tengo 14 añitos
solo tengo 15 años
tengo solo 15 años
apenas tengo 15 años
solo tengo 15 añitos
solo tengo 16 años
tengo solo 16 años
apenas tengo 16 años
solo tengo 16 añitos
solo tengo 17 años
tengo solo 17 años
apenas tengo 17 años
solo tengo 17 añitos

"""#),
        (path: "lexicons/es_untraceable.txt", text: #"""
# Spanish claims to be out of reach ('no estoy en tu país') (intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
no estoy en tu país
no vivo en tu país
estoy en otro país
no soy de tu país
no me puedes rastrear
no puedes rastrearme
no pueden rastrearme
nunca me vas a encontrar
nunca me encontrarás
jamás me encontrarás
no me vas a encontrar
uso una cuenta falsa
uso un perfil falso
uso vpn
uso una vpn
número virtual
soy intocable
soy anónimo

"""#),
        (path: "lexicons/es_video_call.txt", text: #"""
# Spanish: moving to live video or camera (platform).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
hacemos videollamada
hagamos videollamada
hacemos una videollamada
hagamos una videollamada
prende la cámara
prende tu cámara
enciende la cámara
enciende tu cámara
pon la cámara
pon la cam
abre la cam
abre la cámara
prende la cam
enciende la cam
activa la cámara
activa la cam
activa tu cámara
ponte en cámara
ponte frente a la cámara
ponte delante de la cámara
por cámara
por cam
cam a cam

"""#),
        (path: "lexicons/es_video_call_nouns.txt", text: #"""
# Spanish: a video call, named (platform and recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
videollamada
videollamadas
video llamada
videollamada privada
llamada de video

"""#),
        (path: "lexicons/es_wallet.txt", text: #"""
# Spanish words that turn a crypto mention into a payment instruction (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
billetera
cartera
monedero
dirección
mi dirección
esta dirección
la dirección de
copia y pega
copia la dirección
pega la dirección
envía a
manda a
deposita en

"""#),
        (path: "lexicons/es_want_audience_see.txt", text: #"""
# Spanish taunts about who will see it or find out ('¿quieres que tu familia lo vea?') (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
quieres que todos vean
quieres q todos vean
quieres que todos lo vean
quieres q todos lo vean
quieres que todos se enteren
quieres q todos se enteren
quieres que tus amigos vean
quieres q tus amigos vean
quieres que tus amigos lo vean
quieres q tus amigos lo vean
quieres que tus amigos se enteren
quieres q tus amigos se enteren
quieres que tus amigas vean
quieres q tus amigas vean
quieres que tus amigas lo vean
quieres q tus amigas lo vean
quieres que tus amigas se enteren
quieres q tus amigas se enteren
quieres que tus padres vean
quieres q tus padres vean
quieres que tus padres lo vean
quieres q tus padres lo vean
quieres que tus padres se enteren
quieres q tus padres se enteren
quieres que tus papás vean
quieres q tus papás vean
quieres que tus papás lo vean
quieres q tus papás lo vean
quieres que tus papás se enteren
quieres q tus papás se enteren
quieres que tus seguidores vean
quieres q tus seguidores vean
quieres que tus seguidores lo vean
quieres q tus seguidores lo vean
quieres que tus seguidores se enteren
quieres q tus seguidores se enteren
quieres que tus contactos vean
quieres q tus contactos vean
quieres que tus contactos lo vean
quieres q tus contactos lo vean
quieres que tus contactos se enteren
quieres q tus contactos se enteren
quieres que todos tus amigos vean
quieres q todos tus amigos vean
quieres que todos tus amigos lo vean
quieres q todos tus amigos lo vean
quieres que todos tus amigos se enteren
quieres q todos tus amigos se enteren
quieres que todos tus contactos vean
quieres q todos tus contactos vean
quieres que todos tus contactos lo vean
quieres q todos tus contactos lo vean
quieres que todos tus contactos se enteren
quieres q todos tus contactos se enteren
quieres que todos tus seguidores vean
quieres q todos tus seguidores vean
quieres que todos tus seguidores lo vean
quieres q todos tus seguidores lo vean
quieres que todos tus seguidores se enteren
quieres q todos tus seguidores se enteren
quieres que tus compañeros vean
quieres q tus compañeros vean
quieres que tus compañeros lo vean
quieres q tus compañeros lo vean
quieres que tus compañeros se enteren
quieres q tus compañeros se enteren
quieres que tus hermanos vean
quieres q tus hermanos vean
quieres que tus hermanos lo vean
quieres q tus hermanos lo vean
quieres que tus hermanos se enteren
quieres q tus hermanos se enteren
quieres que tus profesores vean
quieres q tus profesores vean
quieres que tus profesores lo vean
quieres q tus profesores lo vean
quieres que tus profesores se enteren
quieres q tus profesores se enteren
quieres que tus viejos vean
quieres q tus viejos vean
quieres que tus viejos lo vean
quieres q tus viejos lo vean
quieres que tus viejos se enteren
quieres q tus viejos se enteren
quieres que todo el mundo vea
quieres q todo el mundo vea
quieres que todo el mundo lo vea
quieres q todo el mundo lo vea
quieres que todo el mundo se entere
quieres q todo el mundo se entere
quieres que tu familia vea
quieres q tu familia vea
quieres que tu familia lo vea
quieres q tu familia lo vea
quieres que tu familia se entere
quieres q tu familia se entere
quieres que toda tu familia vea
quieres q toda tu familia vea
quieres que toda tu familia lo vea
quieres q toda tu familia lo vea
quieres que toda tu familia se entere
quieres q toda tu familia se entere
quieres que tu mamá vea
quieres q tu mamá vea
quieres que tu mamá lo vea
quieres q tu mamá lo vea
quieres que tu mamá se entere
quieres q tu mamá se entere
quieres que tu madre vea
quieres q tu madre vea
quieres que tu madre lo vea
quieres q tu madre lo vea
quieres que tu madre se entere
quieres q tu madre se entere
quieres que tu papá vea
quieres q tu papá vea
quieres que tu papá lo vea
quieres q tu papá lo vea
quieres que tu papá se entere
quieres q tu papá se entere
quieres que tu padre vea
quieres q tu padre vea
quieres que tu padre lo vea
quieres q tu padre lo vea
quieres que tu padre se entere
quieres q tu padre se entere
quieres que tu novia vea
quieres q tu novia vea
quieres que tu novia lo vea
quieres q tu novia lo vea
quieres que tu novia se entere
quieres q tu novia se entere
quieres que tu novio vea
quieres q tu novio vea
quieres que tu novio lo vea
quieres q tu novio lo vea
quieres que tu novio se entere
quieres q tu novio se entere
quieres que tu pareja vea
quieres q tu pareja vea
quieres que tu pareja lo vea
quieres q tu pareja lo vea
quieres que tu pareja se entere
quieres q tu pareja se entere
quieres que tu esposa vea
quieres q tu esposa vea
quieres que tu esposa lo vea
quieres q tu esposa lo vea
quieres que tu esposa se entere
quieres q tu esposa se entere
quieres que tu esposo vea
quieres q tu esposo vea
quieres que tu esposo lo vea
quieres q tu esposo lo vea
quieres que tu esposo se entere
quieres q tu esposo se entere
quieres que tu mujer vea
quieres q tu mujer vea
quieres que tu mujer lo vea
quieres q tu mujer lo vea
quieres que tu mujer se entere
quieres q tu mujer se entere
quieres que tu marido vea
quieres q tu marido vea
quieres que tu marido lo vea
quieres q tu marido lo vea
quieres que tu marido se entere
quieres q tu marido se entere
quieres que tu jefe vea
quieres q tu jefe vea
quieres que tu jefe lo vea
quieres q tu jefe lo vea
quieres que tu jefe se entere
quieres q tu jefe se entere
quieres que tu hermana vea
quieres q tu hermana vea
quieres que tu hermana lo vea
quieres q tu hermana lo vea
quieres que tu hermana se entere
quieres q tu hermana se entere
quieres que tu hermano vea
quieres q tu hermano vea
quieres que tu hermano lo vea
quieres q tu hermano lo vea
quieres que tu hermano se entere
quieres q tu hermano se entere
quieres que tu escuela vea
quieres q tu escuela vea
quieres que tu escuela lo vea
quieres q tu escuela lo vea
quieres que tu escuela se entere
quieres q tu escuela se entere
quieres que tu colegio vea
quieres q tu colegio vea
quieres que tu colegio lo vea
quieres q tu colegio lo vea
quieres que tu colegio se entere
quieres q tu colegio se entere
quieres que tu vieja vea
quieres q tu vieja vea
quieres que tu vieja lo vea
quieres q tu vieja lo vea
quieres que tu vieja se entere
quieres q tu vieja se entere
querés que todos vean
querés q todos vean
querés que todos lo vean
querés q todos lo vean
querés que todos se enteren
querés q todos se enteren
querés que tus amigos vean
querés q tus amigos vean
querés que tus amigos lo vean
querés q tus amigos lo vean
querés que tus amigos se enteren
querés q tus amigos se enteren
querés que tus amigas vean
querés q tus amigas vean
querés que tus amigas lo vean
querés q tus amigas lo vean
querés que tus amigas se enteren
querés q tus amigas se enteren
querés que tus padres vean
querés q tus padres vean
querés que tus padres lo vean
querés q tus padres lo vean
querés que tus padres se enteren
querés q tus padres se enteren
querés que tus papás vean
querés q tus papás vean
querés que tus papás lo vean
querés q tus papás lo vean
querés que tus papás se enteren
querés q tus papás se enteren
querés que tus seguidores vean
querés q tus seguidores vean
querés que tus seguidores lo vean
querés q tus seguidores lo vean
querés que tus seguidores se enteren
querés q tus seguidores se enteren
querés que tus contactos vean
querés q tus contactos vean
querés que tus contactos lo vean
querés q tus contactos lo vean
querés que tus contactos se enteren
querés q tus contactos se enteren
querés que todos tus amigos vean
querés q todos tus amigos vean
querés que todos tus amigos lo vean
querés q todos tus amigos lo vean
querés que todos tus amigos se enteren
querés q todos tus amigos se enteren
querés que todos tus contactos vean
querés q todos tus contactos vean
querés que todos tus contactos lo vean
querés q todos tus contactos lo vean
querés que todos tus contactos se enteren
querés q todos tus contactos se enteren
querés que todos tus seguidores vean
querés q todos tus seguidores vean
querés que todos tus seguidores lo vean
querés q todos tus seguidores lo vean
querés que todos tus seguidores se enteren
querés q todos tus seguidores se enteren
querés que tus compañeros vean
querés q tus compañeros vean
querés que tus compañeros lo vean
querés q tus compañeros lo vean
querés que tus compañeros se enteren
querés q tus compañeros se enteren
querés que tus hermanos vean
querés q tus hermanos vean
querés que tus hermanos lo vean
querés q tus hermanos lo vean
querés que tus hermanos se enteren
querés q tus hermanos se enteren
querés que tus profesores vean
querés q tus profesores vean
querés que tus profesores lo vean
querés q tus profesores lo vean
querés que tus profesores se enteren
querés q tus profesores se enteren
querés que tus viejos vean
querés q tus viejos vean
querés que tus viejos lo vean
querés q tus viejos lo vean
querés que tus viejos se enteren
querés q tus viejos se enteren
querés que todo el mundo vea
querés q todo el mundo vea
querés que todo el mundo lo vea
querés q todo el mundo lo vea
querés que todo el mundo se entere
querés q todo el mundo se entere
querés que tu familia vea
querés q tu familia vea
querés que tu familia lo vea
querés q tu familia lo vea
querés que tu familia se entere
querés q tu familia se entere
querés que toda tu familia vea
querés q toda tu familia vea
querés que toda tu familia lo vea
querés q toda tu familia lo vea
querés que toda tu familia se entere
querés q toda tu familia se entere
querés que tu mamá vea
querés q tu mamá vea
querés que tu mamá lo vea
querés q tu mamá lo vea
querés que tu mamá se entere
querés q tu mamá se entere
querés que tu madre vea
querés q tu madre vea
querés que tu madre lo vea
querés q tu madre lo vea
querés que tu madre se entere
querés q tu madre se entere
querés que tu papá vea
querés q tu papá vea
querés que tu papá lo vea
querés q tu papá lo vea
querés que tu papá se entere
querés q tu papá se entere
querés que tu padre vea
querés q tu padre vea
querés que tu padre lo vea
querés q tu padre lo vea
querés que tu padre se entere
querés q tu padre se entere
querés que tu novia vea
querés q tu novia vea
querés que tu novia lo vea
querés q tu novia lo vea
querés que tu novia se entere
querés q tu novia se entere
querés que tu novio vea
querés q tu novio vea
querés que tu novio lo vea
querés q tu novio lo vea
querés que tu novio se entere
querés q tu novio se entere
querés que tu pareja vea
querés q tu pareja vea
querés que tu pareja lo vea
querés q tu pareja lo vea
querés que tu pareja se entere
querés q tu pareja se entere
querés que tu esposa vea
querés q tu esposa vea
querés que tu esposa lo vea
querés q tu esposa lo vea
querés que tu esposa se entere
querés q tu esposa se entere
querés que tu esposo vea
querés q tu esposo vea
querés que tu esposo lo vea
querés q tu esposo lo vea
querés que tu esposo se entere
querés q tu esposo se entere
querés que tu mujer vea
querés q tu mujer vea
querés que tu mujer lo vea
querés q tu mujer lo vea
querés que tu mujer se entere
querés q tu mujer se entere
querés que tu marido vea
querés q tu marido vea
querés que tu marido lo vea
querés q tu marido lo vea
querés que tu marido se entere
querés q tu marido se entere
querés que tu jefe vea
querés q tu jefe vea
querés que tu jefe lo vea
querés q tu jefe lo vea
querés que tu jefe se entere
querés q tu jefe se entere
querés que tu hermana vea
querés q tu hermana vea
querés que tu hermana lo vea
querés q tu hermana lo vea
querés que tu hermana se entere
querés q tu hermana se entere
querés que tu hermano vea
querés q tu hermano vea
querés que tu hermano lo vea
querés q tu hermano lo vea
querés que tu hermano se entere
querés q tu hermano se entere
querés que tu escuela vea
querés q tu escuela vea
querés que tu escuela lo vea
querés q tu escuela lo vea
querés que tu escuela se entere
querés q tu escuela se entere
querés que tu colegio vea
querés q tu colegio vea
querés que tu colegio lo vea
querés q tu colegio lo vea
querés que tu colegio se entere
querés q tu colegio se entere
querés que tu vieja vea
querés q tu vieja vea
querés que tu vieja lo vea
querés q tu vieja lo vea
querés que tu vieja se entere
querés q tu vieja se entere
te gustaría que todos vean
te gustaría q todos vean
te gustaría que todos lo vean
te gustaría q todos lo vean
te gustaría que todos se enteren
te gustaría q todos se enteren
te gustaría que tus amigos vean
te gustaría q tus amigos vean
te gustaría que tus amigos lo vean
te gustaría q tus amigos lo vean
te gustaría que tus amigos se enteren
te gustaría q tus amigos se enteren
te gustaría que tus amigas vean
te gustaría q tus amigas vean
te gustaría que tus amigas lo vean
te gustaría q tus amigas lo vean
te gustaría que tus amigas se enteren
te gustaría q tus amigas se enteren
te gustaría que tus padres vean
te gustaría q tus padres vean
te gustaría que tus padres lo vean
te gustaría q tus padres lo vean
te gustaría que tus padres se enteren
te gustaría q tus padres se enteren
te gustaría que tus papás vean
te gustaría q tus papás vean
te gustaría que tus papás lo vean
te gustaría q tus papás lo vean
te gustaría que tus papás se enteren
te gustaría q tus papás se enteren
te gustaría que tus seguidores vean
te gustaría q tus seguidores vean
te gustaría que tus seguidores lo vean
te gustaría q tus seguidores lo vean
te gustaría que tus seguidores se enteren
te gustaría q tus seguidores se enteren
te gustaría que tus contactos vean
te gustaría q tus contactos vean
te gustaría que tus contactos lo vean
te gustaría q tus contactos lo vean
te gustaría que tus contactos se enteren
te gustaría q tus contactos se enteren
te gustaría que todos tus amigos vean
te gustaría q todos tus amigos vean
te gustaría que todos tus amigos lo vean
te gustaría q todos tus amigos lo vean
te gustaría que todos tus amigos se enteren
te gustaría q todos tus amigos se enteren
te gustaría que todos tus contactos vean
te gustaría q todos tus contactos vean
te gustaría que todos tus contactos lo vean
te gustaría q todos tus contactos lo vean
te gustaría que todos tus contactos se enteren
te gustaría q todos tus contactos se enteren
te gustaría que todos tus seguidores vean
te gustaría q todos tus seguidores vean
te gustaría que todos tus seguidores lo vean
te gustaría q todos tus seguidores lo vean
te gustaría que todos tus seguidores se enteren
te gustaría q todos tus seguidores se enteren
te gustaría que tus compañeros vean
te gustaría q tus compañeros vean
te gustaría que tus compañeros lo vean
te gustaría q tus compañeros lo vean
te gustaría que tus compañeros se enteren
te gustaría q tus compañeros se enteren
te gustaría que tus hermanos vean
te gustaría q tus hermanos vean
te gustaría que tus hermanos lo vean
te gustaría q tus hermanos lo vean
te gustaría que tus hermanos se enteren
te gustaría q tus hermanos se enteren
te gustaría que tus profesores vean
te gustaría q tus profesores vean
te gustaría que tus profesores lo vean
te gustaría q tus profesores lo vean
te gustaría que tus profesores se enteren
te gustaría q tus profesores se enteren
te gustaría que tus viejos vean
te gustaría q tus viejos vean
te gustaría que tus viejos lo vean
te gustaría q tus viejos lo vean
te gustaría que tus viejos se enteren
te gustaría q tus viejos se enteren
te gustaría que todo el mundo vea
te gustaría q todo el mundo vea
te gustaría que todo el mundo lo vea
te gustaría q todo el mundo lo vea
te gustaría que todo el mundo se entere
te gustaría q todo el mundo se entere
te gustaría que tu familia vea
te gustaría q tu familia vea
te gustaría que tu familia lo vea
te gustaría q tu familia lo vea
te gustaría que tu familia se entere
te gustaría q tu familia se entere
te gustaría que toda tu familia vea
te gustaría q toda tu familia vea
te gustaría que toda tu familia lo vea
te gustaría q toda tu familia lo vea
te gustaría que toda tu familia se entere
te gustaría q toda tu familia se entere
te gustaría que tu mamá vea
te gustaría q tu mamá vea
te gustaría que tu mamá lo vea
te gustaría q tu mamá lo vea
te gustaría que tu mamá se entere
te gustaría q tu mamá se entere
te gustaría que tu madre vea
te gustaría q tu madre vea
te gustaría que tu madre lo vea
te gustaría q tu madre lo vea
te gustaría que tu madre se entere
te gustaría q tu madre se entere
te gustaría que tu papá vea
te gustaría q tu papá vea
te gustaría que tu papá lo vea
te gustaría q tu papá lo vea
te gustaría que tu papá se entere
te gustaría q tu papá se entere
te gustaría que tu padre vea
te gustaría q tu padre vea
te gustaría que tu padre lo vea
te gustaría q tu padre lo vea
te gustaría que tu padre se entere
te gustaría q tu padre se entere
te gustaría que tu novia vea
te gustaría q tu novia vea
te gustaría que tu novia lo vea
te gustaría q tu novia lo vea
te gustaría que tu novia se entere
te gustaría q tu novia se entere
te gustaría que tu novio vea
te gustaría q tu novio vea
te gustaría que tu novio lo vea
te gustaría q tu novio lo vea
te gustaría que tu novio se entere
te gustaría q tu novio se entere
te gustaría que tu pareja vea
te gustaría q tu pareja vea
te gustaría que tu pareja lo vea
te gustaría q tu pareja lo vea
te gustaría que tu pareja se entere
te gustaría q tu pareja se entere
te gustaría que tu esposa vea
te gustaría q tu esposa vea
te gustaría que tu esposa lo vea
te gustaría q tu esposa lo vea
te gustaría que tu esposa se entere
te gustaría q tu esposa se entere
te gustaría que tu esposo vea
te gustaría q tu esposo vea
te gustaría que tu esposo lo vea
te gustaría q tu esposo lo vea
te gustaría que tu esposo se entere
te gustaría q tu esposo se entere
te gustaría que tu mujer vea
te gustaría q tu mujer vea
te gustaría que tu mujer lo vea
te gustaría q tu mujer lo vea
te gustaría que tu mujer se entere
te gustaría q tu mujer se entere
te gustaría que tu marido vea
te gustaría q tu marido vea
te gustaría que tu marido lo vea
te gustaría q tu marido lo vea
te gustaría que tu marido se entere
te gustaría q tu marido se entere
te gustaría que tu jefe vea
te gustaría q tu jefe vea
te gustaría que tu jefe lo vea
te gustaría q tu jefe lo vea
te gustaría que tu jefe se entere
te gustaría q tu jefe se entere
te gustaría que tu hermana vea
te gustaría q tu hermana vea
te gustaría que tu hermana lo vea
te gustaría q tu hermana lo vea
te gustaría que tu hermana se entere
te gustaría q tu hermana se entere
te gustaría que tu hermano vea
te gustaría q tu hermano vea
te gustaría que tu hermano lo vea
te gustaría q tu hermano lo vea
te gustaría que tu hermano se entere
te gustaría q tu hermano se entere
te gustaría que tu escuela vea
te gustaría q tu escuela vea
te gustaría que tu escuela lo vea
te gustaría q tu escuela lo vea
te gustaría que tu escuela se entere
te gustaría q tu escuela se entere
te gustaría que tu colegio vea
te gustaría q tu colegio vea
te gustaría que tu colegio lo vea
te gustaría q tu colegio lo vea
te gustaría que tu colegio se entere
te gustaría q tu colegio se entere
te gustaría que tu vieja vea
te gustaría q tu vieja vea
te gustaría que tu vieja lo vea
te gustaría q tu vieja lo vea
te gustaría que tu vieja se entere
te gustaría q tu vieja se entere
quieres que lo vean
quieres q lo vean
quieres que se enteren
quieres q se enteren
te imaginas si tu familia ve
te imaginas que tu mamá vea
te imaginas q tu mamá vea

"""#),
        (path: "lexicons/es_wire_details.txt", text: #"""
# Spanish details asked for a cash transfer (payment).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
nombre del destinatario
a nombre de
el destinatario
país de destino
número de control
número de envío
código de envío
el comprobante
comprobante
foto del comprobante
manda el comprobante

"""#),
        (path: "lexicons/es_work_context.txt", text: #"""
# Spanish work and school paperwork sent to a boss or teacher (unless only).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
horario
turnos
informe
documento
documentos
archivo
currículum
cv
factura
presupuesto
nómina
contrato
reunión
notas
deberes
tarea
trabajo de clase
examen
justificante
baja médica
anuncio
anuncios
campaña de anuncios
publicidad
estadísticas
evento
noticia
noticias
drive
nube
carpeta
pdf
excel
correo
email
mail

"""#),
        (path: "lexicons/es_you_have.txt", text: #"""
# Spanish openers that set a time limit on the reader ('tienes', 'te doy') (deadline).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tienes
tenés
tienes solo
solo tienes
te doy
te quedan
te queda
solo te quedan
tienes un plazo de
plazo de
en menos de
dispones de
cuentas con

"""#),
        (path: "lexicons/es_your_devices.txt", text: #"""
# Spanish: the victim's devices and accounts (recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu computadora
tu computador
tu compu
tu ordenador
tu pc
tu portátil
tu laptop
tu celular
tu cel
tu móvil
tu teléfono
tu cámara
tu webcam
tu dispositivo
tus dispositivos
tu navegador
tu correo
tu cuenta
tus cuentas
tu email
tu whatsapp
tu icloud
tu sistema

"""#),
        (path: "lexicons/es_your_institutions.txt", text: #"""
# Spanish: the victim's school, work and those in charge (publish, friends and grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu escuela
tu colegio
tu cole
tu instituto
tu insti
tu uni
tu universidad
tu facultad
tu prepa
tu secundaria
tu trabajo
tu empresa
tu oficina
tu jefe
tu jefa
tus jefes
tus compañeros
tus compañeros de trabajo
tus compañeros de clase
tus profesores
tus profes
tu profe
tu profesor
tu profesora
tu director
tu directora
tu iglesia
tu entrenador
tu equipo

"""#),
        (path: "lexicons/es_your_media.txt", text: #"""
# Spanish references to the victim's pictures, videos and what they did (publish and recording).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu video
tus videos
tus fotos
tu foto
las fotos
el video
este video
esta foto
estas fotos
esas fotos
ese video
la grabación
esa grabación
esta grabación
las capturas
estas capturas
lo que hiciste
lo q hiciste
lo que haces
lo q haces
lo que hacías
lo q hacías
lo que estabas haciendo
lo q estabas haciendo
lo que me mandaste
lo q me mandaste
lo que me enviaste
lo q me enviaste
las fotos que me mandaste
las fotos q me mandaste
las fotos que me enviaste
las fotos q me enviaste
el video que me mandaste
el video q me mandaste
el video de la llamada
todo lo que hiciste
todo lo q hiciste
todo lo que me mandaste
todo lo q me mandaste

"""#),
        (path: "lexicons/es_your_parents.txt", text: #"""
# Spanish: the victim's parents (publish, friends, grooming and intimidation).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu mamá
tu madre
tu papá
tu padre
tus padres
tus papás
tu vieja
tu viejo
tus viejos
tu mami
tu papi

"""#),
        (path: "lexicons/es_your_partner.txt", text: #"""
# Spanish: the victim's partner and closest friends (publish, friends and grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu novia
tu novio
tu pareja
tu esposa
tu esposo
tu mujer
tu marido
tu prometida
tu prometido
tu mejor amiga
tu mejor amigo
tu amiga
tu amigo
tu crush

"""#),
        (path: "lexicons/es_your_profile.txt", text: #"""
# Spanish: the victim's own profile, wall or story (publish).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu facebook
tu face
tu fb
tu instagram
tu insta
tu ig
tu snap
tu tiktok
tu muro
tu perfil
tus historias
tu historia
tus estados
tu estado
tu estado de whatsapp
tus redes
todas tus redes
tus redes sociales
tu twitter
tu cuenta de instagram

"""#),
        (path: "lexicons/es_your_siblings.txt", text: #"""
# Spanish: the victim's siblings and wider family (publish, friends and grooming).
# Accent-free (and ñ->n, que->q) chat spellings are listed too: matching keeps accents.
tu hermana
tu hermano
tus hermanos
tus hermanas
tu prima
tu primo
tus primos
tu tía
tu tío
tus tíos
tu abuela
tu abuelo
tus abuelos
tu hijo
tu hija
tus hijos

"""#),
        (path: "lexicons/escape_conditions.txt", text: #"""
# Blocking, ignoring or leaving, as the condition of a threat.
# Shared by the intimidation (block) and publish-threat (conditional) rules.
if you block me
if you ignore me
if you don't reply
if you dont reply
if you don't answer
if you dont answer
if you leave
if you deactivate

"""#),
        (path: "lexicons/everyone_sees.txt", text: #"""
# An audience that "will see" the material ("everyone will see" itself is in @everyone_will_see).
everyone will know
everybody will know
everyone is going to see
everyone's going to see
everyone gonna see
everyone's gonna see
everyone will find out
everybody will find out
the whole world will see
the world will see
the whole world will know
all your friends will see
all your followers will see
your friends will see
your family will see
your parents will see
your mum will see
your mom will see
your dad will see
your school will see
your followers will see
everyone you know will see
everyone you know will get
they will all see
they'll all see
everyone will get
everyone will watch
everyone will have
your parents are going to see
your family is going to see
your friends are going to see
your mum is going to see
your mom is going to see
everyone is going to know
everyone's gonna know
everyone will be watching
your parents are gonna see
your family is gonna see

"""#),
        (path: "lexicons/everyone_will_see.txt", text: #"""
# "Everyone will see".
# Shared by the publish-threat and intimidation (block) rules.
everyone will see
everybody will see

"""#),
        (path: "lexicons/everything_you_did.txt", text: #"""
# The whole of it: "everything", "all of it", "what you did".
# Shared by the publish-threat and recording-claim rules.
everything
all of it
what you did

"""#),
        (path: "lexicons/explicit_material.txt", text: #"""
# Compromising material named explicitly.
nudes
nude pics
nude pic
nude photos
nude photo
nude pictures
nude video
nude videos
your nude
naked pics
naked pic
naked photos
naked photo
naked pictures
naked video
naked videos
you naked
your naked
being naked
dick pic
dick pics
dickpic
dickpics
your dick
your cock
your penis
your privates
your private parts
private parts
your boobs
your tits
your pussy
sex video
sex videos
sex tape
sextape
explicit pics
explicit photos
explicit video
intimate pics
intimate photos
intimate video
private pics
private photos
private video
private videos
jerking off
jerking
wanking
masturbating
masturbation
touching yourself
playing with yourself
cumming
you were naked
naked on cam
naked on camera
you were jerking off
you were touching yourself
you were wanking
watching porn
watching porn videos

"""#),
        (path: "lexicons/explicit_requests.txt", text: #"""
# Requests whose object is explicit.
send nudes
send me nudes
send me your nudes
send a nude
send me a nude
send naked
send me naked
send a naked
send me a naked
show me your body
show me ur body
show your body
show me your dick
show me ur dick
show your dick
show me your cock
show me your boobs
show me your tits
show me your pussy
show me everything
show me it all
show it all
show me down there
show me more of you
show me more skin
let me see your body
let me see your dick
let me see you naked
i want to see you naked
i wanna see you naked
wanna see you naked
want to see you naked
i want to see your body
i wanna see your body
i want to see your dick
i wanna see your dick
do you have nudes
do u have nudes
got any nudes
have any nudes
you have nudes
send something sexy
send me something sexy
send something spicy
send me something spicy
send something naughty
send me something naughty
send a sexy pic
send me a sexy pic
send me a hot pic
send a hot pic
send me a dirty pic
send a dirty pic
send a pic without
send me a pic without
pic without your clothes
pic with no clothes
no clothes
without clothes
in your underwear
in your boxers
in your bra
in your panties
send dick pics
send me dick pics
send me a dick pic
send a dick pic
send nude pics
send me nude pics
send me a nude pic
send naked pics
send me naked pics

"""#),
        (path: "lexicons/face_proof.txt", text: #"""
# Asking the victim to show their face with the material.
include your face
include ur face
with your face in it
with ur face in it
your face in it
your face in the pic
your face in the video
face in the pic
face in the video
face in the photo
with your face showing
show your face on cam
show your face in
with face
face and body
body and face
face and everything
prove it's you
prove its you
prove it is you
prove that it's you
prove that its you
so i know it's you
so i know its you
so i know it is you
so i know it's really you
to know it's really you
hold up a sign
write my name on
with my name on
say my name on cam

"""#),
        (path: "lexicons/final_warning.txt", text: #"""
# Final warnings.
final warning
last warning
this is your last chance
your last chance
this is your final chance
your final chance
you have one last chance
one last chance
last chance before
i won't ask again
i will not ask again
i won't say it again
i will not say it again
i won't warn you again
i will not warn you again
i'm not asking again
im not asking again
i am not asking again
don't make me wait
dont make me wait
don't keep me waiting
dont keep me waiting
don't waste my time
dont waste my time
stop wasting my time

"""#),
        (path: "lexicons/found_circle.txt", text: #"""
# Finding the victim's people.
i found
i've found
ive found
i have found
i tracked down
i looked up
i searched
i know who
i know all
i know exactly who
i know where
i can find
i can see all
i can see

"""#),
        (path: "lexicons/fr/awareness.txt", text: #"""
# French awareness and safeguarding text: warnings quote every trigger word, so every French rule
# stands down on them (used only in `unless`).
sextorsion
sextortion
chantage sexuel
chantage à la webcam
chantage à la vidéo intime
arnaque
arnaques
arnaqueur
arnaqueurs
arnaqueuse
escroc
escrocs
escroquerie
escroqueries
brouteur
brouteurs
cybercriminels
malfaiteurs
maîtres chanteurs
ne payez jamais
ne paie jamais
ne paye jamais
ne jamais payer
surtout ne payez pas
surtout ne paie pas
ne plus répondre
portez plainte
porter plainte
signalez
signalez-le
signalement
pharos
e-enfance
3018
17 cyber
cybermalveillance
cybermalveillance.gouv.fr
internet-signalement
point de contact
adulte de confiance
un adulte de confiance
votre enfant
vos enfants
ton enfant
nos enfants
les enfants
les jeunes
les adolescents
les ados
prévention
sensibilisation
mise en garde
méfiez-vous
méfie-toi
attention aux
si quelqu'un
si quelquun
si un inconnu
si une inconnue
si une personne
si on te
si l'on vous
victime
victimes
# Reported speech: a warning that quotes what offenders say.
ils vont dire
ils diront
ils disent
ils te diront
ils vous diront
ils te disent
ils vous disent
ils prétendent
ils menacent
ils menacent de
ils demandent
ils réclament
ils exigent
le mail disait
l'e-mail disait
l'email disait
le message disait
le mail dit
ce genre de message
ce type de message
ces messages
ce genre de mail
faux mail
faux mails

"""#),
        (path: "lexicons/fr/benign_context.txt", text: #"""
# Ordinary occasions: photos and videos of these are shared with family and friends all the time.
mariage
du mariage
anniversaire
anniv
de l'anniv
vacances
des vacances
soirée
la fête
fête des mères
noël
naissance
le bébé
baptême
communion
faire-part
invitation
invitations
cagnotte
pétition
spectacle
kermesse
la chorale
le concert
gala
remise des diplômes
diplôme
la rando
le match
du match
le tournoi
la recette
recette
le gâteau
la fondue
raclette
barbecue
pique-nique
le resto
le chiot
le chaton
le chien
le chat
cadeau

"""#),
        (path: "lexicons/fr/refund_context.txt", text: #"""
# Everyday money between friends and family: paying back, splitting, bills and purchases.
rembourse
rembourser
rembourses
remboursez
rembourse moi
me rembourser
remboursement
tu me dois
je te dois
je vous dois
on se doit
je te les rends
je te le rends
te rendre
la moitié
ta part
ma part
chacun
par personne
par tête
partager l'addition
l'addition
pour le resto
pour la pizza
pour les pizzas
le loyer
du loyer
les courses
des courses
le billet
les billets
les places
le cadeau
du cadeau
la cagnotte
l'essence
de l'essence
le plein
le train
du train
le bus
la location
le gîte
le ciné
le concert
la facture
les factures
facture
l'amende
amende
découvert
à découvert
fauché
fauchée
argent de poche
la cantine
la sortie scolaire
l'inscription
la cotisation
le club
le foot
la boulangerie
le marché
le loto
le kebab
les tickets
la coloc
le week-end
le weekend
frais de port
l'envoi
les frais
au resto
resto

"""#),
        (path: "lexicons/fr_accusation_labels.txt", text: #"""
# Labels offenders threaten to attach to the reader.
pédophile
pédo
un pédophile
un pédo
prédateur
prédateur sexuel
violeur
un violeur
un pervers
pervers
délinquant sexuel
agresseur sexuel
pédocriminel

"""#),
        (path: "lexicons/fr_accusers.txt", text: #"""
# Threats to report or brand the reader.
je vais te dénoncer
je te dénonce
je vais vous dénoncer
je vais te signaler
je vais dire à tout le monde que
je dirai à tout le monde que
je vais dire que
je dirai que
je vais raconter que
je vais porter plainte contre toi
je porte plainte contre toi
je vais te faire passer pour
tout le monde saura que t'es
tout le monde saura que tu es
tout le monde va savoir que t'es
tout le monde va savoir que tu es

"""#),
        (path: "lexicons/fr_age_questions.txt", text: #"""
# Asking the reader's age or school.
t'as quel âge
tas quel age
ta quel age
tu as quel âge
t quel age
quel âge as-tu
quel âge tu as
quel âge t'as
quel âge avez-vous
vous avez quel âge
asv
a/s/v
t'es en quelle classe
tes en quelle classe
tu es en quelle classe
t'es en quelle année
tu vas dans quel lycée
tu vas dans quel collège
t'es dans quel lycée
t'es dans quel collège
quel lycée
quel collège
quelle école
tu es au collège
t'es au collège
t'es au lycée
tu es au lycée

"""#),
        (path: "lexicons/fr_alone_checks.txt", text: #"""
# Checking whether the reader is alone and unobserved.
t'es seul
t'es seule
tes seul
tes seule
tu es seul
tu es seule
t'es tout seul
t'es toute seule
tu es tout seul
tu es toute seule
es-tu seul
es-tu seule
vous êtes seul
t'es seul chez toi
t'es seule chez toi
y a quelqu'un avec toi
il y a quelqu'un avec toi
ya quelqu'un avec toi
y'a quelqu'un avec toi
quelqu'un avec toi
quelquun avec toi
t'es seul dans ta chambre
t'es seule dans ta chambre
tes parents dorment
tes parents sont couchés
tes parents sont partis
ferme ta porte
ferme ta porte à clé
quelqu'un peut te voir
quelqu'un peut entendre
t seul
t seule
t tout seul
t toute seule

"""#),
        (path: "lexicons/fr_ask_handle.txt", text: #"""
# Asking for the reader's handle on another app.
c'est quoi ton
cest quoi ton
c quoi ton
c koi ton
quel est ton
donne moi ton
donne ton
file moi ton
passe moi ton
envoie ton
t'es sur
tes sur
tu es sur
t'es pas sur
vous êtes sur
t'aurais pas
tu aurais pas

"""#),
        (path: "lexicons/fr_benign_subjects.txt", text: #"""
# Everyday things people ask to see.
du menu
la carte
de la facture
du ticket
du colis
de l'adresse
du plan
du chien
du chat
du gâteau
du plat
de la voiture
de l'appart
de la maison
du jardin
de la chambre
du canapé
des devoirs
de l'exercice
du bébé
de la robe
de ta robe
de la tenue
de ton outfit
de la vue
du paysage
de la plage
des vacances
du mariage
de la soirée
des enfants
du ticket de caisse
du papier
de l'ordonnance
de la recette
du tableau
du dessin
de ta coupe
de ta nouvelle coupe
de ton tatouage
du match
du concert

"""#),
        (path: "lexicons/fr_block_conditions.txt", text: #"""
# Blocking, ignoring, leaving or going to the police, which the offender punishes with exposure.
si tu me bloques
si tu me bloque
si tu bloques
si vous me bloquez
bloque moi et
bloques moi et
ne me bloque pas
me bloque pas
ne me bloquez pas
si tu m'ignores
si tu m'ignore
si tu mignores
si vous m'ignorez
si tu me supprimes
si tu supprimes ton compte
si tu désactives
si tu quittes
si tu disparais
si tu réponds pas
si tu ne réponds pas
si tu réponds plus
si vous ne répondez pas
si tu me laisses en vu
si tu parles à la police
si tu vas voir la police
si tu vas à la police
si tu appelles la police
si tu préviens
si tu le dis à
si tu en parles
ignore moi et
si tu portes plainte
si tu porte plainte
si vous portez plainte
si tu me réponds pas
si tu me répond pas
si tu repond pas
si tu me réponds plus

"""#),
        (path: "lexicons/fr_block_consequence.txt", text: #"""
# What blocking or ignoring brings.
ça part
sa part
ça part direct
tout part
tout est publié
tout est envoyé
je publie direct
j'envoie direct
je balance direct

"""#),
        (path: "lexicons/fr_by_time.txt", text: #"""
# Clock-time limits.
avant minuit
avant ce soir
d'ici ce soir
dici ce soir
d'ici demain
dici demain
d'ici demain matin
avant demain
avant demain matin
ce soir dernier délai
avant la fin de la journée
avant la fin de journée
avant la fin de la soirée
avant 20h
avant 22h
avant midi
dans l'heure
dans la journée
tout de suite
tt de suite
immédiatement
de suite
maintenant
mnt
dès maintenant
sans attendre
sur le champ
aujourd'hui
aujourdhui
auj
ce soir
jusqu'à ce soir
jusqu'à minuit
jusqu'à demain
jusqu'à demain matin
jusqu'à midi
jusqu'à la fin de la journée

"""#),
        (path: "lexicons/fr_cam_acts.txt", text: #"""
# Requests to undress or perform sexual acts on camera.
enlève ton haut
enlève tes vêtements
enlève tes habits
enlève ton t-shirt
enleve ton tshirt
enlève ton pantalon
enlève ton caleçon
enlève ta culotte
enlève ton soutif
enlève ton soutien-gorge
retire ton haut
retire tes vêtements
baisse ton pantalon
baisse ton caleçon
baisse ta culotte
déshabille toi
déshabilles toi
dessabille toi
mets toi à poil
met toi a poil
mets toi nu
mets toi nue
touche toi
touches toi
branle toi
masturbe toi
caresse toi
fais le devant la cam
fais le en cam
fais le devant la caméra
fais le pour moi
baisse la caméra
baisse la cam
descends la caméra
descends la cam
mets la caméra plus bas
mets la cam plus bas
plus bas la caméra
plus bas la cam
montre moi en bas

"""#),
        (path: "lexicons/fr_countdown.txt", text: #"""
# Countdown and ticking-clock taunts.
tic tac
tictac
tic toc
le temps presse
le temps tourne
le temps file
le temps s'écoule
le temps est compté
ton temps est compté
votre temps est compté
l'horloge tourne
le compteur tourne
le chrono tourne
le chrono est lancé
le décompte a commencé
compte à rebours
le compte à rebours
chaque minute compte
chaque minute qui passe
chaque heure qui passe
tu perds du temps
tu perds ton temps
plus tu attends
le temps joue contre toi

"""#),
        (path: "lexicons/fr_deadline_openers.txt", text: #"""
# Openers of a time limit set on the reader.
je te donne
je te laisse
je vous donne
je vous laisse
jte donne
jte laisse
je t'accorde
je vous accorde
dans les
d'ici
dici
sous
il te reste
il vous reste
plus que
t'as que
tas que
tu as que
tu n'as que
vous n'avez que
tu as seulement
t'as juste
tu as juste
pas plus de
au plus tard dans

"""#),
        (path: "lexicons/fr_delete_promise.txt", text: #"""
# Promises to delete the material once paid.
je supprime tout
je supprimerai tout
j'efface tout
jefface tout
j'effacerai tout
je supprime la vidéo
je supprime les photos
je supprimerai la vidéo
je supprime
je supprimerai
j'efface
j'effacerai
je la supprime
je les supprime
je l'efface
je les efface
je détruis tout
tout sera supprimé
tout sera effacé
je disparais
tu n'entendras plus parler de moi
t'entendras plus parler de moi

"""#),
        (path: "lexicons/fr_devices.txt", text: #"""
# The victim's devices and accounts.
votre ordinateur
ton ordinateur
ton ordi
votre ordi
ton pc
votre pc
votre appareil
ton appareil
vos appareils
tes appareils
ton téléphone
votre téléphone
ton tel
ton portable
votre portable
ton smartphone
votre smartphone
ta webcam
votre webcam
ta caméra
votre caméra
ton navigateur
votre navigateur
votre système
ton compte
votre compte
tes comptes
vos comptes
votre messagerie
ta messagerie
votre boîte mail
ta boîte mail
votre adresse mail

"""#),
        (path: "lexicons/fr_dont_tell.txt", text: #"""
# "Don't tell …" openers.
ne dis rien à
dis rien à
ne dis pas à
dis pas à
ne le dis pas à
le dis pas à
n'en parle pas à
en parle pas à
parle pas à
ne parle pas de moi à
parle pas de moi à
surtout pas à
ne préviens pas
previens pas
faut pas que
il faut pas que
il ne faut pas que
cache ça à
cache le à

"""#),
        (path: "lexicons/fr_everyday_deadlines.txt", text: #"""
# Everyday time limits: deliveries, returns, work, school, travel, cooking, appointments.
colis
livraison
livré
livrée
expédié
expédition
commande
ta commande
votre commande
retourner
retour
retours
rétractation
garantie
essai gratuit
abonnement
réunion
rapport
dossier
devoir
devoirs
exam
examen
partiel
partiels
rendu
projet
présentation
deadline
client
clients
trajet
train
le vol
bus
embouteillages
bouchons
cuisson
au four
four
recette
rdv
rendez-vous
médecin
ordonnance
antibiotiques
traitement
pharmacie
billets
inscriptions
soldes
promo
match
mi-temps

"""#),
        (path: "lexicons/fr_everyone_sees.txt", text: #"""
# The audience that will see the material.
tout le monde verra
tout le monde va voir
tout le monde saura
tout le monde va savoir
tout le monde va le savoir
tout le monde la verra
tout le monde le verra
tout le monde les verra
tout le monde va la voir
tout le monde va les voir
tout le monde va te voir
tout le monde te verra
tout le monde va regarder
tes amis verront
tes amis vont voir
tes potes verront
tes potes vont voir
ta famille verra
ta famille va voir
tes parents verront
tes parents vont voir
ta mère verra
ta mère va voir
tes abonnés verront
tes abonnés vont voir
tes collègues verront
tes collègues vont voir
tout ton entourage verra
vos proches verront
vos contacts verront
votre famille verra
tout le lycée verra
tout le lycée va voir
tout le bahut va voir
vont tous voir
vont toutes voir
verront tous
vont tous la voir
vont tous le voir
vont tous savoir
ta mère va recevoir
ta famille va recevoir
tes parents vont recevoir
tes potes vont recevoir
tes amis vont recevoir
tes contacts vont recevoir
tout le monde va recevoir
tes parents recevront
ta famille recevra
tes parents reçoivent
ta famille reçoit

"""#),
        (path: "lexicons/fr_explicit_material.txt", text: #"""
# Explicit material of the victim, in French (English forms such as "nudes" are in the shared
# @explicit_material, referenced next to this lexicon).
tes nudes
tes nude
tes nues
ta nude
photos nues
photo nue
photos de toi nu
photos de toi nue
photo de toi nu
photo de toi nue
photos de toi à poil
vidéo de toi nu
vidéo de toi nue
toi nu
toi nue
toi tout nu
toi toute nue
toi à poil
à poil
tout nu
toute nue
ta bite
ta queue
ton zizi
ton sexe
ton pénis
tes seins
ta chatte
tes fesses
ton cul
tes parties intimes
parties intimes
tes parties
te branler
te branlais
te branlant
tu te branles
tu te branlais
t'es branlé
branlette
ta branlette
te masturber
te masturbais
te masturbant
tu te masturbais
vous masturber
vous masturbiez
vous masturbant
en train de te toucher
tu te touchais
te toucher
te caresser
vidéo intime
vidéos intimes
photos intimes
photo intime
images intimes
vidéo sexuelle
vidéo porno
vidéo de cul
photos coquines
photos sexy
tes photos sexy
vidéo compromettante
vidéos compromettantes
photos compromettantes
photo compromettante
images compromettantes

"""#),
        (path: "lexicons/fr_explicit_requests.txt", text: #"""
# Requests for nudes or explicit images, in French.
envoie des nudes
envoie moi des nudes
envoie tes nudes
envoie moi tes nudes
envoie une nude
t'as des nudes
tas des nudes
tu as des nudes
t'aurais des nudes
envoie une photo de toi nue
envoie une photo de toi nu
envoie moi une photo de toi nue
une photo de toi nue
une photo de toi nu
une photo de toi à poil
une photo sans vêtements
sans vêtements
sans tes vêtements
sans habits
sans rien sur toi
sans rien sur le dos
en sous-vêtements
en caleçon
en culotte
en string
en soutien-gorge
en soutif
montre moi ton corps
montre ton corps
montre moi tout
montre tout
montre tes seins
montre moi tes seins
montre ta bite
montre moi ta bite
montre ta queue
montre moi ta queue
montre ton sexe
montre moi ton sexe
montre ta chatte
montre moi ta chatte
montre tes fesses
montre moi tes fesses
je veux te voir nue
je veux te voir nu
je veux te voir à poil
jveux te voir nue
je veux voir ton corps
je veux voir tes seins
je veux voir ta bite
envoie un truc sexy
envoie moi un truc sexy
une photo sexy
une photo coquine
une photo hot
une photo osée
une photo chaude
une photo cochonne
une pic de toi sans rien
une photo de toi sans rien
une photo sans rien
une pic sans rien

"""#),
        (path: "lexicons/fr_face_more.txt", text: #"""
# Asking for the face in the picture, or for more, with reassurance.
avec ton visage
avec ta tête
ton visage dessus
montre ton visage
qu'on voit ton visage
qu'on voie ton visage
que je voie ton visage
pour que je sache que c'est toi
pour voir que c'est toi
visage et corps
le visage et le corps
encore une photo
encore une pic
juste une de plus
juste une autre
une dernière photo
encore une vidéo
envoie en plus
envoie encore
envoie plus
personne ne la verra
personne la verra
personne ne les verra
personne les verra
c'est juste pour moi
c'est que pour moi
rien que pour moi
juste pour mes yeux
sois pas timide
ne sois pas timide
fais pas ta timide
fais pas le timide

"""#),
        (path: "lexicons/fr_final_warning.txt", text: #"""
# Final warnings.
dernier avertissement
ultime avertissement
dernière chance
ta dernière chance
votre dernière chance
dernier délai
je le répéterai pas
je ne le répéterai pas
je vais pas me répéter
je ne vais pas me répéter
je ne me répéterai pas
je me répéterai pas
je demanderai pas deux fois
je ne demanderai pas deux fois
je le dirai pas deux fois
je ne le dirai pas deux fois
je te préviens une dernière fois
dernière fois que je te le dis
c'est la dernière fois

"""#),
        (path: "lexicons/fr_going_over.txt", text: #"""
# "Going over" a platform: the French forms of "this is going over Facebook".
part sur
partira sur
va partir sur
part direct sur
part directement sur
partout sur
va tourner sur
tournera sur
va circuler sur
circulera sur
circule sur
va finir sur
finira sur
sera publiée sur
sera publié sur
seront publiées sur
sera postée sur
sera diffusée sur
seront diffusées sur
va être publiée sur
va être postée sur
va être diffusée sur
se retrouvera sur
va se retrouver sur
atterrit sur
va atterrir sur
sera en ligne sur
va faire le tour de
fera le tour de
faire le tour de
va faire le tour du
fera le tour du

"""#),
        (path: "lexicons/fr_hack_access.txt", text: #"""
# First-person claims of hacking or controlling the victim's device or accounts.
j'ai piraté
jai piraté
j'ai hacké
jai hacké
j'ai infecté
jai infecté
j'ai pris le contrôle de
jai pris le contrôle de
j'ai accès à
jai accès à
j'ai un accès total à
j'ai un accès complet à
j'ai obtenu l'accès à
j'ai obtenu un accès à
je contrôle
nous avons piraté
nous avons accès à

"""#),
        (path: "lexicons/fr_hack_first.txt", text: #"""
# First-person claims of installing or switching something on (evidence only next to malware).
j'ai installé
jai installé
j'ai activé
jai activé
j'ai allumé
mon logiciel a
mon programme a
nous avons installé

"""#),
        (path: "lexicons/fr_haggle.txt", text: #"""
# Haggling and probing what the victim can pay.
combien t'as sur ton compte
combien tu as sur ton compte
combien t'as sur toi
combien tu peux payer
combien tu peux envoyer
combien tu peux me donner
combien tu peux me payer
combien vous pouvez payer
ce que t'as sur ton compte
ce que tu as sur ton compte
tout ce que t'as sur ton compte
ma dernière offre
c'est ma dernière offre
mon dernier prix
c'est mon dernier prix
je descends à
je baisse à
dernière proposition

"""#),
        (path: "lexicons/fr_handle_shared.txt", text: #"""
# Sharing one's own handle.
mon snap c'est
mon snap cest
mon snap c
mon insta c'est
mon insta cest
mon skype c'est
mon skype cest
mon whatsapp c'est
mon telegram c'est
mon kik c'est
mon discord c'est
mon pseudo c'est
mon pseudo snap
mon pseudo skype
mon identifiant skype
mon id skype

"""#),
        (path: "lexicons/fr_harm.txt", text: #"""
# Threats of harm, stalking or pressure toward self-harm.
je vais te retrouver
je vais te trouver
je vais venir te chercher
je viendrai te chercher
je vais venir chez toi
je viendrai chez toi
tu vas le regretter
tu vas regretter
tu le regretteras
tu regretteras
vous allez le regretter
vous le regretterez
je vais te faire du mal
je vais te faire mal
je vais te tuer
je vais te buter
t'es mort
tu es mort
t'es un homme mort
tue toi
suicide toi
va te tuer
va te suicider

"""#),
        (path: "lexicons/fr_have_first.txt", text: #"""
# First-person possession ("j'ai", "j'ai gardé").
j'ai
jai
j ai
j'ai encore
jai encore
j'ai toujours
j'ai gardé
jai gardé
j'ai sauvegardé
jai sauvegardé
j'ai conservé
j'ai récupéré
jai récupéré
je possède
je détiens
nous avons
g
g encore
g gardé
g tt
jai tt

"""#),
        (path: "lexicons/fr_i_send_you.txt", text: #"""
# The speaker paying or sending to the reader ("je t'envoie 20 €"): the opposite of a demand.
# The engine also matches "envoie" inside "t'envoie", so rules exclude these phrases with `not`.
je t'envoie
je te envoie
jte envoie
je t'envoi
je vous envoie
je t'ai envoyé
je vous ai envoyé
je t'enverrai
je vous enverrai
je t'envoies
je te vire
je t'ai viré
je vous vire
je te paie
je te paye
je t'ai payé
je te donne
je t'ai donné
je te file
je t'ai filé
je te fais un virement
je t'ai fait un virement
je te rembourse
je vous rembourse
on t'envoie
on te vire

"""#),
        (path: "lexicons/fr_institutions.txt", text: #"""
# The victim's school, work and clubs.
ton école
ton lycée
ton collège
ton bahut
ta fac
ton université
ta classe
tes profs
tes professeurs
ton prof
ton proviseur
ton principal
ton cpe
ton travail
ton taf
ton boulot
ton patron
ton boss
ton chef
ton employeur
ta boîte
tes collègues
ton club
ton entraîneur
ton coach
votre employeur
votre patron
vos collègues
votre travail
votre entreprise
votre hiérarchie

"""#),
        (path: "lexicons/fr_jail.txt", text: #"""
# Threats of arrest, prison or the offender register.
tu vas aller en prison
tu iras en prison
tu finiras en prison
tu vas finir en prison
tu vas finir en taule
tu iras en taule
tu finiras en taule
tu vas aller en taule
tu vas aller au trou
tu vas être arrêté
tu seras arrêté
vous serez arrêté
vous irez en prison
tu vas être fiché
tu seras fiché
ton casier judiciaire
casier judiciaire
fichier des délinquants sexuels
fijais
c'est de la prison
des années de prison

"""#),
        (path: "lexicons/fr_know_where.txt", text: #"""
# Knowledge of where the reader lives, studies or works.
je sais où tu habites
je sais où t'habites
je sais ou t'habite
je sais ou tabites
je sais où tu vis
je sais où tu travailles
je sais où tu vas à l'école
je sais où tu vas en cours
je sais où vous habitez
je connais ton adresse
je connais votre adresse
j'ai ton adresse
jai ton adresse
j'ai votre adresse
je sais dans quel lycée
je sais dans quel collège
je sais dans quelle école
je sais tout de toi
je sais tout sur toi
je connais tout de toi
je connais tout sur toi

"""#),
        (path: "lexicons/fr_look_proof.txt", text: #"""
# Proof offered to the victim.
regarde ce que j'ai
regarde ce que jai
regarde ce que j'ai trouvé
c'est bien toi
cest bien toi
c bien toi
c'est toi sur la vidéo
tu te reconnais
tu te reconnait
vous vous reconnaissez
tu reconnais ça
voici la preuve
voilà la preuve
la preuve en image
en guise de preuve
comme preuve
je t'envoie la preuve
je vous envoie la preuve
une petite preuve
tu veux une preuve
tu veux la preuve
tu me crois pas
c'est toi non
cest toi non
c toi non
c'est bien toi non
regarde bien cette capture
regarde bien cette vidéo

"""#),
        (path: "lexicons/fr_malware.txt", text: #"""
# Malware in French (English names such as "malware", "trojan" are in the shared @malware).
logiciel malveillant
logiciels malveillants
un logiciel malveillant
programme malveillant
code malveillant
cheval de troie
un cheval de troie
logiciel espion
logiciels espions
un logiciel espion
enregistreur de frappe
virus informatique
mon virus

"""#),
        (path: "lexicons/fr_material_refs.txt", text: #"""
# References to the material itself (the video, the photos, what the victim did).
la vidéo
ta vidéo
cette vidéo
les vidéos
tes vidéos
ces vidéos
la vidéo de toi
une vidéo de toi
des vidéos de toi
les photos
tes photos
ces photos
des photos de toi
les photos de toi
toutes tes photos
toutes les photos
les photos que tu m'as envoyées
les photos que tu m'as envoyé
les photos que tu mas envoyé
les images
tes images
ces images
l'enregistrement
cet enregistrement
l'enregistrement de notre appel
les enregistrements
les captures
ces captures
ce que tu as fait
ce que t'as fait
ce que ta fait
ce que tu fais
ce que tu faisais
tout ce que tu as fait
tout ce que t'as fait
ce que vous avez fait
ce que vous faisiez
votre vidéo
vos photos
vos vidéos
cette vidéo de vous
une vidéo de vous

"""#),
        (path: "lexicons/fr_mature_flattery.txt", text: #"""
# Flattery that sets the reader apart.
t'es mature pour ton âge
tu es mature pour ton âge
très mature pour ton âge
mature pour ton âge
l'âge c'est qu'un chiffre
l'âge n'est qu'un chiffre
l'âge c'est juste un chiffre
personne te comprend comme moi
personne ne te comprend comme moi
je suis pas comme les autres
je ne suis pas comme les autres
je suis pas comme les autres mecs
t'es pas comme les filles de ton âge
t'es pas comme les autres filles
t'es pas comme les autres garçons
les autres sont des gamins

"""#),
        (path: "lexicons/fr_money_units.txt", text: #"""
# Slang and abbreviations written after a bare number ("300 balles").
balles
boules
euro

"""#),
        (path: "lexicons/fr_move_phrases.txt", text: #"""
# Invitations to continue elsewhere ("ajoute-moi sur Snap").
ajoute moi sur
ajoute moi
ajoutes moi
rajoute moi sur
rajoute moi
ajoutez moi
ajoutez moi sur
add moi
add moi sur
viens sur
viens en privé sur
viens en pv sur
passe sur
on passe sur
passons sur
on continue sur
continuons sur
on parle sur
parlons sur
on se parle sur
on discute sur
discutons sur
écris moi sur
écrivez moi sur
contacte moi sur
contactez moi sur
rejoins moi sur
retrouve moi sur
on va sur
allons sur
on bouge sur
go sur
on se capte sur
capte moi sur
dm moi sur
mp moi sur

"""#),
        (path: "lexicons/fr_network.txt", text: #"""
# The victim's whole network: friends, followers, contacts. Shared by the publish-threat and
# friends-listing rules.
tous tes amis
tous tes potes
tes amis
tes amies
tes potes
toutes tes amies
tes amis facebook
tes amis insta
tous tes contacts
tes contacts
tous tes abonnés
tes abonnés
tes followers
tous tes followers
tes followers insta
ta liste d'amis
ta liste damis
ta liste de contacts
ta liste d'abonnés
tes amis en commun
ton répertoire
tout ton répertoire
tout ton entourage
ton entourage
tes proches
tous tes proches
toute ta famille
tous vos contacts
vos contacts
vos abonnés
tous vos amis
vos amis
vos proches
tout votre entourage
votre entourage
votre liste de contacts
votre carnet d'adresses
ton carnet d'adresses
toute votre famille
tout le monde que tu connais
tous ceux que tu connais
toutes tes connaissances
tout ton lycée
tout ton collège
toute ta classe
tout ton bahut
tout tes amis
tout tes potes
tout tes contacts
tout tes abonnés
tout tes followers
tt tes amis
tt tes potes
tt tes contacts
tt tes abonnés
tt tes followers
tous les groupes
tous les groupes du lycée
le groupe de la classe
le groupe du lycée

"""#),
        (path: "lexicons/fr_no_escape.txt", text: #"""
# Removing the reader's options.
tu n'as pas le choix
t'as pas le choix
tas pas le choix
tu as pas le choix
vous n'avez pas le choix
t'as aucun choix
tu n'as aucun choix
fais ce que je dis
fais ce que je te dis
faites ce que je dis
obéis
c'est pas un jeu
ce n'est pas un jeu
me teste pas
ne me teste pas
me cherche pas
ne me cherche pas
joue pas avec moi
ne joue pas avec moi
tu joues avec le feu
tu joue avec le feu
c'est moi qui décide

"""#),
        (path: "lexicons/fr_off_site.txt", text: #"""
# Talking the reader off the current app.
je suis rarement ici
je suis rarement là
je suis rarement sur cette appli
je viens rarement ici
je viens pas souvent ici
je suis presque jamais ici
je suis jamais ici
je suis pas souvent ici
je vais supprimer cette appli
je vais supprimer mon compte ici
je vais bientôt supprimer cette appli
j'utilise pas trop cette appli
j'utilise presque pas cette appli
je n'utilise pas beaucoup cette appli
cette appli est nulle
cette appli est pourrie
ce site est nul
on parle ailleurs
parlons ailleurs
on continue ailleurs
continuons ailleurs
on discute ailleurs
ailleurs qu'ici

"""#),
        (path: "lexicons/fr_or_else.txt", text: #"""
# "Or else" hinges that turn a demand into an ultimatum. Bare "sinon" is everyday French ("sinon ça
# va ?"), so it appears only followed by a first-person threat or an audience.
sans quoi
faute de quoi
sinon j'envoie
sinon jenvoie
sinon j'publie
sinon ça part
sinon sa part
sinon tout le monde
sinon tous tes
sinon toute ta
sinon ta famille
sinon tes parents
sinon tes amis
sinon tes potes
sinon ta vie
sinon c'est fini
sinon t'es fini
sinon t'es mort
sinon la vidéo
sinon les photos
sinon tes photos
sinon ta vidéo
sinon tu le regretteras
sinon tu vas le regretter
sinon gare à toi
ou je publie
ou je poste
ou je balance
ou je diffuse
ou je partage
ou j'envoie
ou jenvoie
ou je l'envoie
ou je la publie
ou je la poste
ou je la balance
ou je la diffuse
ou je les publie
ou je les envoie
ou je les balance
ou je montre
ou je leak
ou ça part
ou sa part
ou tout le monde
ou tous tes
ou toute ta
ou ta famille
ou tes parents
ou tes amis
ou tes potes
ou ta vie
ou c'est fini
ou t'es fini
ou t'es mort
ou la vidéo
ou ta vidéo
ou les photos
ou tes photos
ou tes nudes
dans le cas contraire
à défaut
ou cette vidéo
ou ces photos
ou ces vidéos
ou les vidéos
sinon cette vidéo
sinon ces photos
sinon tout part
sinon tout sort
ou tout part
ou ta mère
ou ton père
ou ta copine
ou ton copain
ou ta meuf
ou ta femme
ou ton mari
ou ton patron
ou ton lycée
ou ton école
sinon jenvoi
sinon jbalance
sinon jpublie
sinon jdiffuse
sinon c fini
sinon cest fini
sinon c'est la fin

"""#),
        (path: "lexicons/fr_parents.txt", text: #"""
# The victim's parents and grandparents.
ta mère
ta maman
ta daronne
ton père
ton papa
ton daron
tes parents
tes darons
ta grand-mère
ta mamie
ton grand-père
ton papi
tes grands-parents
vos parents
ta belle-mère
ton beau-père

"""#),
        (path: "lexicons/fr_parents_dont_know.txt", text: #"""
# Explaining why parents must not know.
tes parents comprendraient pas
tes parents ne comprendraient pas
tes parents comprendraient jamais
tes parents doivent pas savoir
tes parents ne doivent pas savoir
tes parents doivent rien savoir
tes parents ne doivent rien savoir
faut pas que tes parents sachent
faut pas que ta mère sache
faut pas que ton père sache
que ta mère voie pas
que tes parents voient pas
ta mère doit pas savoir
tes parents vont pas comprendre
tes parents ne vont pas comprendre

"""#),
        (path: "lexicons/fr_partner_friends.txt", text: #"""
# The victim's partner and closest friends.
ta copine
ton copain
ta meuf
ton mec
ta femme
ton mari
ta chérie
ton chéri
ta fiancée
ton fiancé
votre femme
votre mari
votre épouse
votre conjoint
ton pote
ta pote
ton meilleur ami
ta meilleure amie
ton meilleur pote
ta meilleure pote
ton best
ta best
ton bff
ta bff

"""#),
        (path: "lexicons/fr_passive_hack.txt", text: #"""
# The victim's device declared hacked.
a été piraté
a été piratée
a été hacké
est piraté
est infecté
a été infecté
est sous mon contrôle

"""#),
        (path: "lexicons/fr_pay_commands.txt", text: #"""
# Imperatives and demands to pay or transfer money.
paie
paye
paies
payes
payez
payer
paie moi
paye moi
payez moi
tu paies
tu payes
tu paie
tu paye
vous payez
vire
virez
vire moi
virez moi
fais un virement
faites un virement
fais moi un virement
faites moi un virement
transfère
transférez
transfère moi
donne moi
donnez moi
donne
file moi
file
aboule
abouler
crache
verse
versez
verse moi
dépose
déposez
raque

"""#),
        (path: "lexicons/fr_pay_details.txt", text: #"""
# What an offender asks for with a prepaid coupon, a crypto wallet or a cash transfer.
le code
les codes
ton code
tes codes
le numéro
les numéros
numéro de la carte
numéros des cartes
photo du ticket
photo des tickets
photo du coupon
photo des coupons
photo de la carte
gratte
gratter
grattez
le reçu
cette adresse
l'adresse
adresse du portefeuille
adresse bitcoin
mon portefeuille
ce portefeuille
le portefeuille
portefeuille
copie colle
copier coller
copiez collez
nom du bénéficiaire
le bénéficiaire
référence
la référence

"""#),
        (path: "lexicons/fr_pic_requests.txt", text: #"""
# Requests to see something ("montre-moi", "je peux voir").
montre moi
montres moi
montrez moi
fais moi voir
fait moi voir
faites moi voir
je peux voir
jpeux voir
j'peux voir
je veux voir
jveux voir
je veux une
jveux une
je voudrais voir
je voudrais une
tu peux m'envoyer
tu peux menvoyer
tu m'envoies
tu m'en envoies
t'en as une
tu en as une

"""#),
        (path: "lexicons/fr_pic_words.txt", text: #"""
# Pictures and video of the reader, in French (English "pic", "photo", "selfie" are in the shared
# @pic_words).
une photo
une photo de toi
ta photo
une pic
une pic de toi
une tof
une toff
tof
un selfie
ta tête
ta tronche
ton corps
une image
une vidéo
une vid

"""#),
        (path: "lexicons/fr_police.txt", text: #"""
# The police, in French.
la police
les flics
flics
les keufs
keufs
la gendarmerie
gendarmerie
les gendarmes
les policiers
la justice
les condés
les schmits

"""#),
        (path: "lexicons/fr_police_futility.txt", text: #"""
# Claims that the police cannot help or find the offender.
ne peut rien
ne peut rien faire
peut rien
peut rien faire
pourra rien
ne pourra rien
ne pourra rien faire
pourront rien
ne pourront rien
pourront rien faire
ne pourront rien faire
ne peuvent rien
peuvent rien
peuvent rien faire
ne peuvent rien faire
me trouveront jamais
ne me trouveront jamais
me retrouveront jamais
ne me retrouveront jamais
me trouvera jamais
ne me trouvera jamais
me retrouvera jamais
ne me retrouvera jamais
ne feront rien
feront rien
servira à rien
sert à rien
ne t'aidera pas
t'aidera pas
ne t'aideront pas
t'aideront pas
pourra pas t'aider
ne pourra pas t'aider
pourront pas t'aider
ne pourront pas t'aider
ne peut pas t'aider
peut pas t'aider
ne peuvent pas t'aider
peuvent pas t'aider
s'en fout
s'en foutent
n'ont aucune chance
aucune chance de me trouver

"""#),
        (path: "lexicons/fr_porn_sites.txt", text: #"""
# Adult sites named in French threats (site brands are in the shared @porn_sites).
sites porno
site porno
sites pornos
site pornographique
sites pornographiques
sites de cul
site de cul
sites x
site x
sites adultes
sites pour adultes
site pour adultes
sites de charme

"""#),
        (path: "lexicons/fr_private_reasons.txt", text: #"""
# Privacy offered as the reason to move.
plus discret
plus discrète
plus privé
plus privée
plus tranquille
plus tranquilles
plus sûr
personne ne peut voir
personne peut voir
personne ne peut lire
personne peut lire
les messages disparaissent
les messages s'effacent
messages éphémères
conversation secrète
chat secret
discussion secrète
mode secret
loin des regards

"""#),
        (path: "lexicons/fr_publish_conditions.txt", text: #"""
# Conditions that make publishing depend on paying, sending or obeying.
si tu paies pas
si tu payes pas
si tu paie pas
si tu paye pas
si tu ne paies pas
si tu ne payes pas
si tu ne paie pas
si tu ne paye pas
si vous ne payez pas
si vous payez pas
si tu envoies pas
si tu envoie pas
si t'envoies pas
si tu n'envoies pas
si vous n'envoyez pas
si tu veux pas payer
si tu ne veux pas payer
si tu refuses
si tu refuse
si vous refusez
si tu obéis pas
si tu fais pas ce que je dis
si tu ne fais pas ce que je dis
si je reçois rien
si je ne reçois rien
si je reçois pas
si je ne reçois pas
si je n'ai pas
si j'ai pas l'argent
si j'ai pas mon argent
si le paiement
sauf si tu paies
sauf si tu payes
sauf si vous payez
à moins que tu paies
a moins que tu payes
à moins que vous payiez
tant que tu paies pas
tant que tu payes pas
tant que j'ai pas
si tu paye pa
si tu paies pa
si tu payes pa
si tu pai pas
si tu pay pas
si t paye pas
si ta pas payé
si t'as pas payé
si tu as pas payé
si tu n'as pas payé
si vous n'avez pas payé
si g pas l'argent
si g pas mon argent

"""#),
        (path: "lexicons/fr_publish_places.txt", text: #"""
# French names for places material is published (brands are in the shared @publish_platforms).
les réseaux
réseaux sociaux
tous les réseaux
les rézo
le net
la toile
ton mur
ta story
tes stories
ton profil
ta page

"""#),
        (path: "lexicons/fr_rails.txt", text: #"""
# Payment rails common in France, Belgium, Switzerland and francophone Africa, and prepaid coupons
# offenders ask for. International brands are in the shared @payment_rails, @gift_cards, @crypto.
lydia
paylib
wero
twint
orange money
wave
mtn money
moov money
mandat cash
virement
virement bancaire
virement instantané
rib
ton rib
mon rib
pcs
coupon pcs
coupons pcs
recharge pcs
recharges pcs
carte pcs
neosurf
transcash
toneo
ticket premium
tickets premium
carte cadeau
cartes cadeaux
carte cadeaux
carte steam
cartes steam
carte google play
cartes google play
carte itunes
cartes itunes
carte amazon
cartes amazon
carte apple
bon d'achat
bons d'achat
code de recharge
codes de recharge
coupon de recharge
coupons de recharge

"""#),
        (path: "lexicons/fr_recorded.txt", text: #"""
# First-person claims to have recorded or filmed.
j'ai enregistré
jai enregistré
j'ai filmé
jai filmé
j'ai capturé
j'ai screen record
j'ai fait un enregistrement
j'ai fait une capture vidéo
j'ai enregistré l'écran
j'ai gardé une copie de
j'ai une copie de
j'ai une vidéo de
jai une vidéo de
j'ai un enregistrement de
j'ai filmer
jai filmer
j'ai enregistrer
jai enregistrer
g filmé
g enregistré

"""#),
        (path: "lexicons/fr_recorded_complete.txt", text: #"""
# The recording declared complete ("tout a été enregistré").
tout a été enregistré
tout a été filmé
tout est enregistré
j'ai tout enregistré
jai tout enregistré
j'ai tout filmé
jai tout filmé
j'ai tout capturé
j'ai tout sur vidéo
tu as été enregistré
tu as été filmé
t'as été filmé
t'as été enregistré
vous avez été filmé
vous avez été enregistré
je t'ai eu en vidéo
j'ai tout filmer
jai tout filmer
j'ai tout enregistrer
jai tout enregistrer
jai tt filmé
jai tt enregistré
g tout filmé
g tout enregistré
g tt filmé
g tt enregistré

"""#),
        (path: "lexicons/fr_recorded_objects.txt", text: #"""
# What was recorded: the call, the screen, the victim.
notre appel
notre appel vidéo
notre visio
notre facetime
notre conversation
notre discussion
notre call
l'appel
l'appel vidéo
tout l'appel
toute la conversation
toute la visio
la visio
ton écran
ta cam
ta webcam
ta caméra
toi
vous
lappel
lappel vidéo

"""#),
        (path: "lexicons/fr_recorded_you.txt", text: #"""
# "I recorded / filmed you".
je t'ai enregistré
je t'ai enregistrée
je t'ai filmé
je t'ai filmée
jtai filmé
jt'ai filmé
jtai enregistré
je t'ai capturé
je t'ai screen
je vous ai enregistré
je vous ai filmé

"""#),
        (path: "lexicons/fr_ruin.txt", text: #"""
# Promises to ruin, expose or humiliate the victim.
ruiner ta vie
ruiner ta réputation
détruire ta vie
détruire ta réputation
te détruire
gâcher ta vie
pourrir ta vie
briser ta vie
t'humilier
te humilier
te ridiculiser
te griller
te faire honte

"""#),
        (path: "lexicons/fr_ruined.txt", text: #"""
# The victim's life or reputation declared over.
ta vie est finie
ta vie sera finie
ta vie va être ruinée
ta vie sera ruinée
ta réputation est finie
ta vie est fichue
ta vie est foutue
t'es fini
tu es fini
t'es grillé
tu es grillé
votre vie sera détruite
votre réputation sera détruite
votre vie est finie
c'est fini pour toi
cest fini pour toi
c fini pour toi
c'est la fin pour toi

"""#),
        (path: "lexicons/fr_secrecy.txt", text: #"""
# Keeping the conversation secret or deleting it.
notre secret
notre petit secret
c'est notre secret
c'est entre nous
ça reste entre nous
sa reste entre nous
juste entre nous
que entre nous
ne le dis à personne
le dis à personne
dis le à personne
dis rien à personne
ne dis rien à personne
n'en parle à personne
en parle à personne
parle de moi à personne
personne doit savoir
personne ne doit savoir
personne doit le savoir
personne ne doit le savoir
garde ça pour toi
garde sa pour toi
supprime notre conversation
supprime la conversation
supprime nos messages
supprime les messages
efface nos messages
efface la conversation
efface notre conversation

"""#),
        (path: "lexicons/fr_send_me.txt", text: #"""
# "Send me": both a payment demand and a picture request.
envoie moi
envoi moi
envoies moi
envoyez moi
envoie nous
envoie
envoies
envoi
envoyez
envoyer
m'envoyer
tu m'envoies
tu m'envoie
tu menvoies
vous m'envoyez

"""#),
        (path: "lexicons/fr_shared_device.txt", text: #"""
# Probing who else can see the reader's device.
tes parents regardent ton téléphone
tes parents regardent ton portable
tes parents checkent ton tel
tes parents fouillent ton tel
tes parents lisent tes messages
ta mère regarde ton téléphone
ta mere regarde ton tel
c'est ton propre téléphone
c'est ton téléphone ou celui de
c'est ton tel ou celui de
c'est ton portable à toi
ordinateur partagé
ordi partagé
ordi de la famille
ordinateur familial
tu partages ton ordi
tu partages ton téléphone
quelqu'un d'autre utilise ton

"""#),
        (path: "lexicons/fr_siblings.txt", text: #"""
# The victim's siblings and wider family.
ta sœur
ta sœurette
ton frère
tes frères
tes sœurs
ta cousine
ton cousin
tes cousins
ta tante
ton oncle
ta famille
votre famille
ta belle-sœur
ton beau-frère

"""#),
        (path: "lexicons/fr_spelled_amounts.txt", text: #"""
# Amounts written in words.
cent euros
cents euros
deux cents euros
deux cent euros
trois cents euros
trois cent euros
quatre cents euros
quatre cent euros
cinq cents euros
cinq cent euros
six cents euros
sept cents euros
huit cents euros
neuf cents euros
mille euros
deux mille euros
trois mille euros
cinq mille euros
cent balles
deux cents balles
trois cents balles
cinq cents balles
cinq cent balles
mille balles
un bâton
deux bâtons
une brique
cinq cents dollars
mille dollars

"""#),
        (path: "lexicons/fr_threat_publish.txt", text: #"""
# First-person promises to publish, post, send or show the material.
je publie
je balance
je diffuse
je leak
je publie tout
je balance tout
j'envoie tout
jenvoie tout
je diffuse tout
je la publie
je la poste
je la balance
je la diffuse
je les publie
je les poste
je les balance
je les diffuse
je vais publier
je vais poster
je vais balancer
je vais diffuser
je vais leak
je vais la publier
je vais la poster
je vais la balancer
je vais la diffuser
je vais les publier
je vais les poster
je vais les balancer
je vais les diffuser
je vais tout publier
je vais tout balancer
je vais tout envoyer
je vais tout diffuser
je vais tout montrer
jvais publier
jvais poster
jvais balancer
jvais tout balancer
jvais tout envoyer
jvais la publier
jvais la poster
jvais la balancer
j'vais publier
j'vais balancer
j'vais tout balancer
je publierai
je posterai
je balancerai
je diffuserai
je la publierai
je la posterai
je la diffuserai
je les publierai
je les diffuserai
je vais faire tourner
je fais tourner
je ferai tourner
je vais la faire tourner
je vais les faire tourner
je vais te balancer
je vais t'afficher
je t'affiche
je vais t'exposer
je t'expose
je vais tout révéler
je révèle tout
je vais la rendre publique
je vais les rendre publiques
je vais la mettre en ligne
je la mets en ligne
je vais les mettre en ligne
je mets tout en ligne
nous publierons
nous diffuserons
je vais la mettre sur
je la mets sur
je vais les mettre sur
je les mets sur
je vais tout mettre sur
je mets tout sur
je vais la foutre sur
je la fous sur
jpublie
jposte
jbalance
jdiffuse
jleak
jpublie tout
jbalance tout
jdiffuse tout
jpublie tt
jbalance tt
je publie tt
je balance tt
j'publie
j'balance
jvai publier
jvai poster
jvai balancer
jvai tout balancer
jvai tt balancer
jvai tout publier
je vai publier
je vai balancer
je vai tout balancer
je vai tout publier

"""#),
        (path: "lexicons/fr_threat_send.txt", text: #"""
# First-person promises to send or show something: ordinary on their own ("j'envoie les photos à
# mamie"), so rules pair them with the victim's whole network, an institution or the material.
je poste
je partage
j'envoie
jenvoie
j'envoi
jenvoi
je montre
je la partage
je la montre
je l'envoie
je les partage
je les envoie
je les montre
je vais partager
je vais envoyer
je vais montrer
je vais la partager
je vais la montrer
je vais l'envoyer
je vais les partager
je vais les envoyer
je vais les montrer
jvais l'envoyer
j'vais l'envoyer
je partagerai
j'enverrai
jenverrai
je l'enverrai
je les enverrai
nous enverrons
j'enverrai la vidéo
j'enverrai cette vidéo
je vais l'envoyer direct
j'envoie direct
je transfère
je vais transférer
je transfèrerai
je fais suivre
je vais faire suivre
je vais te l'envoyer
j'envoie tout ça
je vais tout leur envoyer
je leur envoie
je vais leur envoyer
je leur enverrai
je vais leur montrer
je leur montre
je leur montrerai
je vais la leur envoyer
je la leur envoie
je vais la leur montrer
je vais les leur envoyer
je les leur envoie
jenvoi tout
jenvoi tt
jvai envoyer
jvai l'envoyer
jvai tout envoyer
jvai tt envoyer
je vai envoyer
je vai l'envoyer
je vai tout envoyer
jmontre
jvai montrer
je vai montrer

"""#),
        (path: "lexicons/fr_time_left.txt", text: #"""
# A duration presented as what remains.
restantes
restants
qui restent
pas plus
max
maximum
chrono

"""#),
        (path: "lexicons/fr_trade.txt", text: #"""
# Trading images.
je te montre si tu me montres
je te montre si tu montres
je montre si tu montres
je t'envoie si tu m'envoies
je t'envoie si tu menvoies
je t'en envoie si tu m'en envoies
je t'ai envoyé la mienne
je t'ai envoyé les miennes
je t'en ai envoyé une
à toi maintenant
à ton tour
à toi de m'en envoyer
photo contre photo
photo pour photo
une photo pour une photo
une photo contre une photo
donnant donnant
chacun son tour

"""#),
        (path: "lexicons/fr_underage.txt", text: #"""
# The offender claims to be a minor.
j'ai 13 ans
j'ai 14 ans
j'ai 15 ans
j'ai 16 ans
j'ai 17 ans
jai 14 ans
jai 15 ans
jai 16 ans
j'ai que 14 ans
j'ai que 15 ans
j'ai que 16 ans
je suis mineure
je suis mineur
chui mineure
à une mineure
à un mineur
avec une mineure
avec un mineur

"""#),
        (path: "lexicons/fr_untraceable.txt", text: #"""
# Claims to be out of reach.
je ne suis pas dans ton pays
je suis pas dans ton pays
chui pas dans ton pays
je ne suis pas dans votre pays
je suis pas dans votre pays
je suis à l'étranger tu peux rien
tu peux pas me tracer
tu ne peux pas me tracer
impossible de me tracer
impossible de me retrouver
impossible de me localiser
introuvable
je suis introuvable
tu me trouveras jamais
tu ne me trouveras jamais
tu me retrouveras jamais
tu ne me retrouveras jamais
tu ne me retrouveras pas
vous ne me trouverez jamais
vous ne me retrouverez jamais
c'est un faux compte
c'est un faux profil
j'utilise un vpn
je suis sous vpn

"""#),
        (path: "lexicons/fr_video_call.txt", text: #"""
# Moving to live video or camera.
appel vidéo
un appel vidéo
en appel vidéo
en visio
une visio
on fait une visio
on se fait une visio
visio
en facetime
un facetime
allume ta cam
allume ta caméra
allume ta webcam
active ta cam
active ta caméra
active ta webcam
mets ta cam
mets ta caméra
ouvre ta cam
ouvre ta caméra
branche ta cam
en cam
sur cam
devant la cam
devant ta cam
face cam
cam à cam

"""#),
        (path: "lexicons/fr_want.txt", text: #"""
# First-person demands ("je veux 500 €").
je veux
jveux
j'veux
je voudrais
j'exige
jexige
je demande
je réclame
il me faut
faut que tu m'envoies
j'attends
jattends
j'accepte
jaccepte

"""#),
        (path: "lexicons/fr_want_them_see.txt", text: #"""
# Taunts about who will see the material ("tu veux que ta famille voie ça ?").
tu veux que tout le monde voie ça
tu veux que tout le monde voit ça
tu veux que tout le monde le voie
tu veux que tout le monde la voie
tu veux que tout le monde sache
tu veux que ta famille voie ça
tu veux que ta famille voit ça
tu veux que ta mère voie ça
tu veux que tes parents voient ça
tu veux que tes amis voient ça
tu veux que tes potes voient ça
tu veux que ta copine voie ça
vous voulez que votre famille voie ça
vous voulez que vos proches voient ça
vous voulez que tout le monde voie ça
si tu veux pas que tout le monde voie
si tu veux pas que tout le monde voit
si tu ne veux pas que tout le monde voie
si tu veux pas que ta famille voie
si tu veux pas que ta famille voit
si tu ne veux pas que ta famille voie
si tu veux pas que tes parents voient
si tu ne veux pas que tes parents voient
si tu veux pas que ta mère voie
si tu veux pas que tes amis voient
si vous ne voulez pas que votre famille voie
si vous ne voulez pas que vos proches voient
tes potes vont la recevoir
tes amis vont la recevoir
tes parents vont la recevoir
ta famille va la recevoir
ta mère va la recevoir
tout le monde va la recevoir
tous tes contacts vont la recevoir
tes contacts vont la recevoir

"""#),
        (path: "lexicons/fr_you_have.txt", text: #"""
# "You have" / "do you have": a time limit set on the reader, or a question about an app.
tu as
t'as
tas
vous avez
t'a
tu a
as-tu
avez-vous
t'aurais
tu aurais

"""#),
        (path: "lexicons/friend_relatives.txt", text: #"""
# Friends, one by one (partners, teachers, the boss and the coach are in @your_partner,
# @your_teachers and @your_boss_or_coach).
your friend
your best friend
your bestie
your mate
ur friend
ur best friend

"""#),
        (path: "lexicons/gift_card_codes.txt", text: #"""
# What an offender asks for from a gift card.
code
codes
the code
the codes
claim code
redeem code
redemption code
pin
pin number
card number
card numbers
the numbers
scratch
scratch off
scratch it
picture of the back
photo of the back
pic of the back
pics of the back
back of the card
send me the code
send the code
send the codes

"""#),
        (path: "lexicons/gift_cards.txt", text: #"""
# Gift and prepaid cards asked for as payment.
gift card
gift cards
giftcard
giftcards
steam card
steam cards
steam gift card
steam gift cards
steam wallet
steam wallet card
itunes card
itunes cards
itunes gift card
apple card
apple cards
apple gift card
apple gift cards
google play card
google play cards
google play gift card
amazon card
amazon cards
amazon gift card
amazon gift cards
razer gold
vanilla card
vanilla visa
ebay card
ebay gift card
sephora card
prepaid card
prepaid cards
pre-paid card
pre-paid cards
paysafecard
paysafe card

"""#),
        (path: "lexicons/give_me.txt", text: #"""
# "Give me": a request for a picture or for money.
# Shared by the image-request and payment-demand rules.
give me

"""#),
        (path: "lexicons/going_all_over.txt", text: #"""
# Spreading "all over" or "straight to": strong enough to pair with the victim's circle.
going all over
goes all over
will go all over
gonna go all over
going to go all over
spread all over
spread it all over
spreading it all over
plaster it all over
plastered all over
splash it all over
splashed all over
blast it all over
blasted all over
going straight to
goes straight to
going straight on
goes straight on

"""#),
        (path: "lexicons/going_over.txt", text: #"""
# "this is going over Facebook" and its cousins: material spreading across a platform or circle.
going over
goes over
is going over
will go over
gonna go over
going all over
goes all over
will go all over
gonna go all over
going to go all over
spread all over
spread it all over
spreading it all over
plaster it all over
plastered all over
splash it all over
splashed all over
blast it all over
blasted all over
going straight to
goes straight to
going straight on
goes straight on

"""#),
        (path: "lexicons/greeting_context.txt", text: #"""
# Greetings and family news: lists of relatives in ordinary messages.
hi
hello
say hi
said hi
sends her love
send my love
give my love
love to
thanks
thank you
merry christmas
happy christmas
happy birthday
happy new year
congratulations
congrats
invite
invited
coming
dinner
party
wedding

"""#),
        (path: "lexicons/hack_first_person.txt", text: #"""
# First-person claims of compromise.
i installed
i've installed
i have installed
i infected
i planted
i hacked
i've hacked
i have hacked
i hacked into
i gained access
i've gained access
i have gained access
i got access
i have access
i've had access
i took control
i have control
i turned on
i activated
my software
my program
my malware
my virus

"""#),
        (path: "lexicons/haggle.txt", text: #"""
# Haggling and probing how much the victim can pay.
how much can you pay
how much can you send
how much can you afford
how much do you have
how much money do you have
how much have you got
how much money have you got
how much is in your account
how much is in your bank
what can you afford
what's the most you can send
whats the most you can send
what is the most you can send
the most you can send
send what you have
send whatever you have
whatever you have
whatever you can
lowest i can go
lowest i will go
i can lower it
i'll lower it
i can go down to
final offer
last offer
half now
half now and half later

"""#),
        (path: "lexicons/handle_shared.txt", text: #"""
# Sharing one's own handle.
my snap is
my snapchat is
my sc is
my snap's
my skype is
my skype id is
my skype id
my skype name
my skype name is
my kik is
my kik name
my telegram is
my telegram id
my telegram username
my whatsapp is
my whatsapp number
my discord is
my discord tag
my discord username
my insta is
my ig is
my username is
my user is
my handle is
add me at
my snap name
my snap username

"""#),
        (path: "lexicons/harm_threats.txt", text: #"""
# Threats of harm and self-harm pressure.
i'll kill you
i will kill you
i'm going to kill you
im going to kill you
i'll hurt you
i will hurt you
i'm going to hurt you
i'll hurt your family
i will hurt your family
hurt your family
i'll come for you
i will come for you
i'm coming for you
im coming for you
i will find you
i'll find you
i'm watching you
im watching you
i'm outside your house
im outside your house
watch your back
you're dead
you are dead
ur dead
you'll regret this
you will regret this
youll regret this
you'll be sorry
you will be sorry
you'll suffer
you will suffer
make your life hell
make your life a living hell
your life is over
your life will be over
your life will be ruined
kill yourself
kys
you should kill yourself
better off dead

"""#),
        (path: "lexicons/have_first_person.txt", text: #"""
# First-person possession.
i have
i've got
ive got
i got
i have got
i already have
i still have
i've saved
ive saved
i saved
i kept
i've kept
i now have
i have access to
i've got access to
i got access to
now i have

"""#),
        (path: "lexicons/here_are.txt", text: #"""
# Presenting a list.
here are
here's
heres
here is
these are
look at
check out
recognise
recognize

"""#),
        (path: "lexicons/i_will_post.txt", text: #"""
# First-person promises to post, share, leak, upload or expose.
# Shared by the publish-threat and intimidation (block) rules.
i'll post
i will post
i'm posting
im posting
i'll share
i will share
i'll leak
i will leak
i'll upload
i will upload
i'll expose
i will expose
i'm sending
im sending

"""#),
        (path: "lexicons/i_will_send_it.txt", text: #"""
# First-person promises to send the material itself, and "it goes out".
# Shared by the publish-threat and intimidation (block) rules.
i'll send it
i will send it
i'll send everything
i will send everything
i'll send the video
i'll send your
i will send your
it goes out

"""#),
        (path: "lexicons/institutions.txt", text: #"""
# The victim's school, work and community: where a leak would do most harm (the school by name,
# teachers, coach and boss are in @your_school, @your_teachers and @your_boss_or_coach).
all your classmates
all your colleagues
all your coworkers
everyone at your job
everyone at your school
everyone at your work
everyone in your class
the whole school
your church
your classmates
your co-workers
your colleagues
your college
your coworkers
your employer
your university
your whole school
your work
your workplace
your job
your hr
your principal
your headteacher
your head teacher
your team
your club
your youth group
ur work

"""#),
        (path: "lexicons/is_this_your.txt", text: #"""
# Checking a name against the victim's network.
is this your
is that your
this is your
that's your
thats your
is she your
is he your
isn't this your
isnt this your
this must be your
she's your
he's your
so this is your
i see your

"""#),
        (path: "lexicons/it/awareness.txt", text: #"""
# Italian awareness and safeguarding text: warnings quote every trigger word, so rules stand down.
sextortion
sextorsion
sextorsione
sestorsione
estorsione sessuale
estorsioni sessuali
ricatto sessuale
ricatti sessuali
truffatori
truffatore
truffa
truffe
ricattatori
ricattatore
malintenzionati
criminali
adescatori
adescamento
se qualcuno
se uno sconosciuto
se una persona
se ricevi
se ricevete
se ti capita
se vi capita
se ti succede
se succede
non pagare
non pagate
non pagare mai
non pagate mai
mai pagare
non si paga
adulto di fiducia
persona di fiducia
chiedi aiuto
chiedete aiuto
chiedere aiuto
parlane con
parlatene con
non sei solo
non sei sola
non siete soli
rivolgiti alla polizia postale
rivolgetevi alla polizia postale
rivolgersi alla polizia postale
contatta la polizia postale
contattate la polizia postale
segnala alla polizia postale
segnalare alla polizia postale
denuncia alla polizia postale
denunciare
denunciate
sporgere denuncia
fai denuncia
commissariato online
commissariato di ps
telefono azzurro
consapevolezza
sensibilizzazione
sicurezza online
sicurezza in rete
educazione digitale
cyberbullismo
cari genitori
gentili genitori
ai genitori
per i genitori
i vostri figli
i nostri figli
vostro figlio
vostra figlia
i ragazzi
ai ragazzi
agli studenti
campanelli d'allarme
segnali d'allarme
questo tipo di truffa
questi truffatori
messaggi truffa
ti diranno che
ti diranno di
vi diranno che
vi diranno di
ti chiederanno
vi chiederanno
potrebbero chiederti
potrebbero dirti
minacciano di
ti minacciano
chiedono soldi
chiedono denaro
di solito chiedono
conserva le prove
conservate le prove
blocca e segnala
bloccate e segnalate
state attenti
fate attenzione
attenzione a
occhio a

"""#),
        (path: "lexicons/it_accusers.txt", text: #"""
# Threats to brand or report the reader.
ti denuncio
ti denuncerò
ti segnalo
dirò a tutti che sei
dico a tutti che sei
racconto a tutti che sei
scriverò a tutti che sei
faccio sapere a tutti che sei
ti faccio passare per
passerai per
diranno che sei

"""#),
        (path: "lexicons/it_adults.txt", text: #"""
# Adults kept out of it (grooming only; the police are in @it_police_core).
i tuoi
ai tuoi
ai prof
ai professori
agli insegnanti
a nessun adulto

"""#),
        (path: "lexicons/it_age.txt", text: #"""
# Age and school probes.
quanti anni hai
quanti anni c'hai
quanti anni ce hai
che età hai
che scuola fai
che classe fai
in che classe sei
che anno fai
vai alle medie
vai al liceo
fai le medie
fai il liceo
sei maggiorenne
sei minorenne

"""#),
        (path: "lexicons/it_alone.txt", text: #"""
# Checking that the reader is alone and unobserved.
sei solo
sei sola
sei da solo
sei da sola
sei solo in casa
sei sola in casa
sei solo in camera
sei sola in camera
c'è qualcuno con te
ce qualcuno con te
c è qualcuno con te
qualcuno con te
i tuoi sono a casa
i tuoi dormono
i tuoi genitori dormono
dormono i tuoi
dove sono i tuoi
chiudi la porta
chiudi a chiave
chiuditi in camera
qualcuno può sentirti
qualcuno può vederti
sei in camera tua
telefono condiviso
computer condiviso
i tuoi ti controllano il telefono
controllano il tuo telefono
ti controllano il cellulare
è il tuo telefono o

"""#),
        (path: "lexicons/it_ask_handle.txt", text: #"""
# Asking for the reader's handle on another app.
ce l'hai
ce l hai
c'hai
ci sei su
sei su
usi
qual è il tuo
qual'è il tuo
quale il tuo
dammi il tuo
mi dai il tuo
passami il tuo
come ti trovo su
come ti chiami su

"""#),
        (path: "lexicons/it_benign.txt", text: #"""
# Everyday subjects and occasions: pictures, posts and recordings of these are ordinary.
menu
scontrino
documento
carta d'identità
ricetta
torta
cane
gatto
cucciolo
casa nuova
biglietto
matrimonio
vacanze
vacanza
mare
spiaggia
montagna
bimbo
bimba
neonato
bambino
macchina
compiti
esercizi
esercizio
orario
lista della spesa
mappa
tramonto
pacco
festa
cena
pizza
vestito
scarpe
capelli
unghie
tatuaggio
laurea
diploma
pagella
appunti
libro
giardino
piante
fiori
regalo
gita
concerto
partita
gol
saggio
recita
compleanno
battesimo
comunione
natale
capodanno
evento
locandina
invito
inviti
volantino
raccolta fondi
iniziativa
campagna
pubblicità
negozio
ristorante
riunione
lezione
piedi nudi
occhio nudo
palla
pallone
tiro
rigore
portiere
ahah
ahahah
ahahahah
haha
lol
scherzo
scherzavo
l'invito
un invito
l'evento
l'esame
l'esercizio
l'orario
l'iniziativa
l'anniversario
l'ufficio
l'università
l'albergo
l'hotel
l'aperitivo
l'ospedale
l'oratorio
l'asilo
dell'asilo
all'asilo
esame
esami
matrimoni
fifa
playstation
ps5
fortnite
briscola
a carte
scacchi

"""#),
        (path: "lexicons/it_by_time.txt", text: #"""
# Clock-time limits.
entro stasera
entro stanotte
entro mezzanotte
prima di mezzanotte
entro domattina
entro un'ora
entro mezz'ora

"""#),
        (path: "lexicons/it_cam_acts.txt", text: #"""
# Requests to undress or perform acts on camera.
spogliati
spogliati per me
togliti i vestiti
togliti la maglia
togliti la maglietta
togliti le mutande
togliti il reggiseno
toccati
toccati per me
masturbati
fatti una sega
abbassa la telecamera
abbassa la cam
abbassa la webcam
inquadra più giù
sposta la cam più giù
fallo in cam
fallo davanti alla cam

"""#),
        (path: "lexicons/it_card_codes.txt", text: #"""
# What is asked for with a gift card, or with a crypto or wire payment.
codice
codici
il codice
i codici
foto del retro
foto dietro
il retro
retro della carta
gratta
grattala
grattale
indirizzo
portafoglio
indirizzo del wallet
copia e incolla
incolla

"""#),
        (path: "lexicons/it_circle.txt", text: #"""
# The victim's circle as a whole (shared by publish-threat and friends-listing rules).
tutti i tuoi amici
tutti i tuoi contatti
tutti i tuoi follower
tutti i tuoi followers
tutti quelli che conosci
tutti quelli che ti conoscono
chiunque conosci
chiunque ti conosca
tutta la tua famiglia
tutta la famiglia
tutto il paese
tutta la città
tutto il quartiere
tutti i tuoi parenti
tuoi amici
tue amiche
tuoi amichetti
tua famiglia
tuoi parenti
tuoi familiari
tt i tuoi amici
tt i tuoi contatti
tutti i tuoi amichetti
tutti i tuoi compagni

"""#),
        (path: "lexicons/it_countdown.txt", text: #"""
# Countdowns and ticking-clock taunts.
tic tac
tic toc
tik tak
il tempo sta scadendo
il tempo scorre
il tempo stringe
il tempo è scaduto
tempo scaduto
il tempo sta per scadere
il conto alla rovescia
conto alla rovescia è iniziato
ogni minuto che passa
ogni ora che passa
più aspetti
ti resta poco tempo
ti rimane poco tempo
il timer è partito
il tempo corre

"""#),
        (path: "lexicons/it_deadline_openers.txt", text: #"""
# Openers of a time limit set on the reader.
hai solo
hai ancora
hai tempo
ti do
ti lascio
entro
entro le prossime
nelle prossime
massimo
al massimo
non più di

"""#),
        (path: "lexicons/it_delete_promise.txt", text: #"""
# A promise to delete the material once paid.
cancello tutto
cancellerò tutto
cancello il video
cancello le foto
lo cancello
li cancello
le cancello
elimino tutto
eliminerò tutto
elimino il video
lo elimino
ti lascio in pace
e sparisco

"""#),
        (path: "lexicons/it_device.txt", text: #"""
# The victim's devices and accounts.
tuo dispositivo
tuoi dispositivi
tuo computer
tuo pc
tuo telefono
tuo cellulare
tuo smartphone
tua webcam
tua fotocamera
tua telecamera
tuo account
tuoi account
tua email
tua mail
tua posta
tuo router

"""#),
        (path: "lexicons/it_dont_tell.txt", text: #"""
# "Don't tell ...": the hinge of keeping adults out.
non dirlo
non dire
non dire niente
non dire nulla
non farlo sapere
non far sapere
non parlarne
non raccontarlo
non raccontare niente
non farti scoprire da
nn dirlo
nn dire
nn dire niente
nn farlo sapere
nn far sapere

"""#),
        (path: "lexicons/it_durations.txt", text: #"""
# Durations the duration entity misses.
un'ora
mezz'ora
mezzora
mezz ora
un paio d'ore
un paio di ore
qualche ora
pochi minuti
qualche minuto
cinque minuti
dieci minuti
venti minuti
trenta minuti
ventiquattro ore
quarantotto ore

"""#),
        (path: "lexicons/it_escape_conditions.txt", text: #"""
# Blocking, ignoring, telling or reporting, punished with exposure.
se mi blocchi
se blocchi
se mi ignori
se non rispondi
se non mi rispondi
se sparisci
se lo dici a qualcuno
se lo dici a qualcun
se parli
se chiami la polizia
se vai dalla polizia
se vai alla polizia
se mi denunci
se esci dalla chat
se cancelli
se mi segnali
non bloccarmi
non provare a bloccarmi
prova a bloccarmi
bloccami e
ignorami e
non ignorarmi
se nn rispondi
se nn mi rispondi
nn bloccarmi
se mi blocchi di nuovo
se esci
se te ne vai

"""#),
        (path: "lexicons/it_everyone_sees.txt", text: #"""
# The audience that will see or learn about it.
tutti vedranno
lo vedranno tutti
tutti lo vedranno
ti vedranno tutti
tutti ti vedranno
vedranno tutti
tutti sapranno
lo sapranno tutti
tutti lo sapranno
sapranno tutti
lo vedranno
le vedranno
li vedranno
la vedranno
ti vedranno
lo vedrà
ti vedrà
vedranno chi sei
sapranno chi sei
vedranno cosa hai fatto
sapranno cosa hai fatto
vedranno quello che hai fatto
sapranno quello che hai fatto
riceveranno
riceverà
lo riceveranno
lo riceverà
lo vedono tutti
tutti lo vedono
lo vedono
le vedono
li vedono
lo vede
le vede

"""#),
        (path: "lexicons/it_explicit_material.txt", text: #"""
# Explicit material, named in Italian (English loanwords such as "nudes" are in @explicit_material).
foto nude
foto nuda
foto nudo
foto nudi
tue foto nude
video nudo
video nuda
tuo video nudo
nudo
nuda
tue nudità
tuoi nudi
video hot
foto hot
tuo video hot
tue foto hot
video osé
foto osé
foto intime
foto intima
video intimo
video intimi
foto compromettenti
video compromettente
video compromettenti
materiale intimo
materiale esplicito
video esplicito
foto esplicite
video porno di te
tuo video porno
ti masturbi
ti masturbavi
ti stavi masturbando
mentre ti masturbavi
masturbarti
ti toccavi
ti stavi toccando
ti tocchi
ti fai una sega
ti facevi una sega
ti segavi
tuo pisello
tuo cazzo
tuo uccello
tue tette
tuo seno
tuo corpo nudo
tue parti intime
parti intime
in mutande
senza vestiti
sexting

"""#),
        (path: "lexicons/it_explicit_requests.txt", text: #"""
# Requests for intimate images, in Italian.
manda nudes
mandami nudes
mandami una foto nuda
mandami una foto nudo
mandami foto nude
mandami una foto senza vestiti
foto senza vestiti
foto in intimo
foto in mutande
foto in reggiseno
fammi vedere il tuo corpo
fammi vedere il corpo
fammi vedere le tette
fammi vedere il seno
fammi vedere il pisello
fammi vedere il cazzo
fammi vedere sotto
fammi vedere di più
fammi vedere tutto
mostrami il tuo corpo
mostrami tutto
voglio vederti nuda
voglio vederti nudo
voglio vederti senza vestiti
mandami qualcosa di hot
mandami qualcosa di piccante
mandami una foto hot
mandami un video hot
foto piccanti
foto sexy
hai foto hot
hai nudes
hai foto nude

"""#),
        (path: "lexicons/it_fear.txt", text: #"""
# Threats of harm, prison, the underage frame and taking away choice.
ti vengo a prendere
vengo a prenderti
ti vengo a cercare
vengo a cercarti
so dove abiti
so dove vivi
so dove vai a scuola
so dove lavori
so dove stai
te ne pentirai
ti pentirai
finirai in galera
finirai in prigione
andrai in galera
andrai in prigione
ti arresteranno
ti arrestano
non hai scelta
non hai altra scelta
fai quello che ti dico
fai come ti dico
fai quello che dico
non sto scherzando
non è un gioco
ammazzati
sono minorenne
ho solo 13 anni
ho solo 14 anni
ho solo 15 anni
ho solo 16 anni
a una minorenne
a un minorenne
con una minorenne
con un minorenne
pedopornografia
materiale pedopornografico
nn sto scherzando
nn hai scelta
nn è un gioco
te ne pentirai amaramente
ti pentirai amaramente

"""#),
        (path: "lexicons/it_final_warning.txt", text: #"""
# Final warnings and last chances.
ultimo avviso
ultimo avvertimento
ultima possibilità
ultima occasione
ultima chance
non te lo ripeto
non te lo ripeterò
non lo ripeto più
te lo dico per l'ultima volta
l'ultima volta che te lo dico
l'ultima volta che te lo chiedo
non farmi aspettare
non farmi perdere tempo
non mi far perdere tempo
smettila di farmi perdere tempo

"""#),
        (path: "lexicons/it_flattery.txt", text: #"""
# Flattery that isolates the reader.
matura per la tua età
maturo per la tua età
l'età è solo un numero
età è solo un numero
nessuno ti capisce come me
nessuno ti capisce come ti capisco io
solo io ti capisco
io ti capisco meglio di
non sono come gli altri
sei diversa dalle altre
sei diverso dagli altri
i tuoi non ti capiscono

"""#),
        (path: "lexicons/it_gift_cards.txt", text: #"""
# Gift cards as named in Italian (the English names are in @gift_cards).
carta regalo
carte regalo
buono amazon
buoni amazon
buono regalo
buoni regalo
carta steam
carte steam
carta google play
carte google play
ricarica google play
carta itunes
carte itunes
carta apple
carte apple
ricarica paysafecard
codice paysafecard

"""#),
        (path: "lexicons/it_goes_over.txt", text: #"""
# The material "ends up" on a platform: the Italian "this is going over Facebook".
finisce
finiscono
finirà
finiranno
va a finire
vanno a finire
andrà a finire
questo va
tutto va
il video va
le foto vanno
i video vanno
va dritto
vanno dritte
va diretto
andrà
andranno
girerà
gireranno
sarà pubblicato
sarà pubblicata
saranno pubblicate
saranno pubblicati
verrà pubblicato
verranno pubblicate
verranno pubblicati
verrà caricato
verrà condiviso

"""#),
        (path: "lexicons/it_hack.txt", text: #"""
# First-person hacking claims.
ho hackerato
ho violato
ho bucato
ho craccato
ho preso il controllo
ho il controllo
ho accesso completo
ho pieno accesso
ho accesso totale
ho infettato
ti ho hackerato
ti ho hackerata
ho installato
ho attivato la tua webcam
ho acceso la tua webcam
ho acceso la tua telecamera
ho attivato la tua telecamera
mio software
mio programma
mio malware
mio virus

"""#),
        (path: "lexicons/it_haggle.txt", text: #"""
# Haggling and chasing the payment (payment_demand only).
quanto puoi pagare
quanto puoi darmi
quanto puoi mandare
quanto riesci a mandare
quanto riesci a pagare
quanto hai sul conto
quanti soldi hai
quanti soldi hai sul conto
manda quello che hai
mandami quello che hai
quello che hai sul conto
ultima offerta
mia ultima offerta
posso scendere a
scendo a
manda i soldi
mandami i soldi
dove sono i soldi
dove sono i miei soldi
aspetto i soldi
sto aspettando i soldi
sto aspettando il pagamento
aspetto il pagamento
voglio i miei soldi
paga adesso
paga ora
paga subito
pagami subito
pagami ora
pagami adesso
caccia i soldi
sgancia i soldi
tira fuori i soldi
dammi i soldi
sbrigati a pagare
allora paghi
hai pagato o no

"""#),
        (path: "lexicons/it_have_1p.txt", text: #"""
# First-person "I have / I kept".
ho
ho ancora
ho conservato
ho tenuto
c'ho
tengo
conservo
possiedo
ho in mano

"""#),
        (path: "lexicons/it_institutions.txt", text: #"""
# The victim's school and work.
tua scuola
tuoi prof
tuoi professori
tue professoresse
tuo prof
tua prof
tuo professore
tua professoressa
tuo preside
tua classe
tuoi compagni di classe
tuo capo
tuoi colleghi
tue colleghe
tuo lavoro
tuo ufficio
tua azienda
tuo datore di lavoro
tua università
tuo allenatore
tua squadra
tutta la scuola
gruppo della classe
gruppo di classe
chat di classe
chat della classe
gruppo della scuola

"""#),
        (path: "lexicons/it_labels.txt", text: #"""
# Labels used in false accusations.
pedofilo
pedofila
pedo
molestatore
maniaco
predatore
pervertito
pervertita
porco
schifoso
schifosa

"""#),
        (path: "lexicons/it_look_proof.txt", text: #"""
# Proof shown to the reader.
guarda cosa ho
guarda cosa ho registrato
guarda cosa ho salvato
guarda qua cosa ho
guarda un po' cosa ho
riconosci questo
riconosci questa
ti riconosci
sei tu questo
sei tu questa
sei tu in questo video
questo sei tu
questa sei tu
eccoti qua
ecco la prova
ecco le prove
vuoi la prova
vuoi una prova
vuoi le prove
ti mando la prova
come prova
per provarti che
per dimostrarti che
ti faccio vedere che non scherzo

"""#),
        (path: "lexicons/it_malware.txt", text: #"""
# Malware named in Italian (English names are in @malware).
software spia
programma spia
app spia
codice malevolo
software malevolo
programma malevolo
virus trojan

"""#),
        (path: "lexicons/it_material_refs.txt", text: #"""
# References to the material itself.
il video
questo video
il tuo video
tuo video
tuoi video
le tue foto
tue foto
queste foto
questa foto
la registrazione
le registrazioni
gli screen
lo screen
gli screenshot
quello che hai fatto
cosa hai fatto
quello che facevi
cosa facevi
foto che mi hai mandato
video che mi hai mandato
foto che mi hai inviato
quello che mi hai mandato
quello che mi hai inviato

"""#),
        (path: "lexicons/it_money_ctx.txt", text: #"""
# Everyday money: paying friends back, splitting bills, fines, shopping. Payment rules stand down.
ridammi
ridarmi
ridammeli
me li ridai
mi ridai
ti ridò
te li ridò
restituire
restituisco
restituiscimi
rimborso
rimborsami
ti rimborso
prestito
prestami
mi presti
ti presto
ti devo
mi devi ancora
dividiamo
a testa
metà
la mia parte
la tua parte
quota
colletta
pizza
cena
pranzo
colazione
aperitivo
birre
biglietto
biglietti
affitto
bolletta
bollette
condominio
benzina
spesa
regalo
multa
multe
treno
taxi
cinema
concerto
gita
palestra
calcetto
iscrizione
abbonamento
tessera
fattura
scontrino
caparra
acconto
stipendio
mancia
bar
compleanno
festa
vacanza
vacanze
viaggio
albergo
hotel
ristorante
libri
reso
indietro
costa
prezzo
spedizione
cassa
ingresso
entrata
cassiere
parcheggio

"""#),
        (path: "lexicons/it_more_face.txt", text: #"""
# Face proof and pressure for more.
con la faccia
si deve vedere la faccia
fammi vedere la faccia
fai vedere la faccia
con il viso
voglio vedere il viso
faccia e corpo
ancora una
solo un'altra
un'altra foto
un altra foto
mandane un'altra
mandane altre
non fare il timido
non fare la timida
non essere timido
non essere timida
nessuno la vedrà
nessuno le vedrà
è solo per me

"""#),
        (path: "lexicons/it_move_phrases.txt", text: #"""
# Invitations to continue somewhere else.
aggiungimi su
aggiungimi
scrivimi su
sentiamoci su
ci sentiamo su
passiamo su
andiamo su
spostiamoci su
spostiamoci
continuiamo su
parliamo su
contattami su
seguimi su
mi trovi su
cercami su
scrivimi in privato su

"""#),
        (path: "lexicons/it_network.txt", text: #"""
# The victim's follower, friend and contact lists.
tuoi follower
tuoi followers
tuoi seguaci
tuoi contatti
tua rubrica
lista amici
lista degli amici
lista dei tuoi amici
lista contatti
lista dei contatti
lista dei follower
lista dei tuoi follower
chi ti segue
persone che ti seguono
tuoi amici di facebook
tuoi amici su facebook
tuoi amici su instagram
tuoi iscritti

"""#),
        (path: "lexicons/it_now.txt", text: #"""
# "Now", as the first half of an ultimatum ("subito o ...").
subito
adesso
ora
stasera
oggi
entro stasera
entro oggi
entro domani

"""#),
        (path: "lexicons/it_off_site.txt", text: #"""
# Talking the reader off the current app, or toward privacy.
qui non ci sono quasi mai
non ci sono quasi mai qui
qui non ci sto quasi mai
non uso quasi mai questa app
non uso mai questa app
non sto mai qui
questa app fa schifo
questa app è noiosa
parliamo da un'altra parte
parliamo altrove
andiamo altrove
è più privato
più privato
più riservato
più sicuro per noi
i messaggi si cancellano
i messaggi spariscono
i messaggi si autodistruggono
nessuno può leggere
nessuno ci legge
qui ci controllano
qui leggono tutto
chat segreta
messaggi effimeri

"""#),
        (path: "lexicons/it_or_plain.txt", text: #"""
# Plain "or": a hinge only when a threat follows.
o
oppure

"""#),
        (path: "lexicons/it_or_strong.txt", text: #"""
# "Otherwise": the hinge of an ultimatum.
altrimenti
sennò
se no
o sennò
o se no
o altrimenti

"""#),
        (path: "lexicons/it_parents.txt", text: #"""
# The victim's parents and grandparents.
tua madre
tua mamma
tuo padre
tuo papà
tuoi genitori
tua nonna
tuo nonno
tuoi nonni

"""#),
        (path: "lexicons/it_parents_dont_know.txt", text: #"""
# Explaining why parents must not know.
i tuoi non capirebbero
i tuoi genitori non capirebbero
i tuoi non devono sapere
i tuoi genitori non devono sapere
i tuoi non devono saperlo
tua madre non deve sapere
tua mamma non deve sapere
tuo padre non deve sapere
i tuoi non lo devono sapere
fai in modo che i tuoi non
assicurati che i tuoi non

"""#),
        (path: "lexicons/it_partner.txt", text: #"""
# The victim's partner and close friends.
tua moglie
tuo marito
tua ragazza
tuo ragazzo
tua fidanzata
tuo fidanzato
tua morosa
tuo moroso
tua compagna
tuo compagno
tuo migliore amico
tua migliore amica

"""#),
        (path: "lexicons/it_passive_hack.txt", text: #"""
# A device or account described as compromised.
è stato infettato
è stato hackerato
è stato violato
è stata hackerata
è stata violata
è stato compromesso

"""#),
        (path: "lexicons/it_pay_commands.txt", text: #"""
# Italian imperatives and obligations to pay (payment_demand only).
paga
pagami
paghi
pagate
pagatemi
devi pagare
devi pagarmi
mi paghi
trasferisci
trasferiscimi
versa
versami
fai un bonifico
fammi un bonifico
fai una ricarica
fammi una ricarica
ricaricami
dammi
sgancia
sganciami
caccia
cacciami
tira fuori
scuci
ti conviene pagare
ti conviene pagarmi
faresti meglio a pagare
meglio che paghi
è meglio che paghi

"""#),
        (path: "lexicons/it_pay_conditions.txt", text: #"""
# Publishing made conditional on paying.
se non paghi
se non mi paghi
se non mandi
se non mi mandi
se non invii
se non ricevo
se non arrivano
se non fai il bonifico
se non fai la ricarica
finché non paghi
fino a quando non paghi
a meno che non paghi
a meno che tu non paghi
se non collabori
se non fai quello che dico
se non fai come dico
se non fai quello che ti dico
se nn paghi
se nn mi paghi
se nn mandi
se nn mi mandi
se nn ricevo
finche nn paghi
se non mi dai i soldi
se nn mi dai i soldi
se non mi dai
se nn mi dai

"""#),
        (path: "lexicons/it_pay_rails.txt", text: #"""
# Italian payment rails (the brand names shared with English are in @payment_rails).
postepay
poste pay
ricarica postepay
ricarica poste pay
postepay evolution
bonifico
bonifico istantaneo
satispay
hype
carta prepagata
carte prepagate
conto corrente
mio conto
il mio iban
codice iban
criptovalute
cripto

"""#),
        (path: "lexicons/it_pay_want.txt", text: #"""
# First-person demands for an amount ("voglio 500 euro").
voglio
pretendo
esigo
mi servono
mi devi dare
mi dovrai dare
accetto
mi accontento di
mi bastano
ne voglio

"""#),
        (path: "lexicons/it_pic_words.txt", text: #"""
# Pictures and clips.
foto
fotina
fotine
fotografia
selfie
selfy
immagine
immagini
video
videino

"""#),
        (path: "lexicons/it_platforms.txt", text: #"""
# Italian names for places to publish (brands are in @publish_platforms, @messaging_apps, @porn_sites).
in rete
sul web
social
sui social
social network
tutti i social
ovunque
dappertutto
tutto internet
gruppo whatsapp
gruppi whatsapp
tua bacheca
tuo profilo
tua storia
tue storie
tuo instagram
tuo facebook
tuo tiktok
tuo insta

"""#),
        (path: "lexicons/it_police.txt", text: #"""
# Police, named in Italian.
polizia postale
la postale
sbirri
guardia di finanza
forze dell'ordine

"""#),
        (path: "lexicons/it_police_core.txt", text: #"""
# The police (shared by the grooming and intimidation rules).
polizia
la polizia
alla polizia
carabinieri
ai carabinieri

"""#),
        (path: "lexicons/it_police_futile.txt", text: #"""
# Claims that the police are useless.
non può fare niente
non possono fare niente
non può fare nulla
non possono fare nulla
non mi troveranno
non mi troverà
non mi troveranno mai
non mi trovano
non ti può aiutare
non ti possono aiutare
non ti aiuterà
non ti aiuteranno
non servirà a niente
non serve a niente
non ti salverà
non mi prenderanno mai
non mi prendono
non mi beccheranno
nn può fare niente
nn possono fare niente
nn mi troveranno
nn mi trovera
nn ti può aiutare

"""#),
        (path: "lexicons/it_porn_places.txt", text: #"""
# Adult sites, named in Italian (brand names are in @porn_sites).
siti porno
sito porno
siti per adulti
sito per adulti
siti hard
sito hard
siti a luci rosse

"""#),
        (path: "lexicons/it_possession.txt", text: #"""
# Possession claims anchored on "you" ("ho le tue ...", "un video di te").
ho il tuo
ho la tua
ho i tuoi
ho le tue
ho un tuo
ho una tua
ho dei tuoi
ho delle tue
ho tutti i tuoi
ho tutte le tue
un video di te
video di te
foto di te
un video tuo
video tuo
foto tue
ho un video in cui
ho un video dove
ho un video mentre
video in cui ti
video dove ti
video mentre ti
ce l'ho
ce l ho

"""#),
        (path: "lexicons/it_publish_strong.txt", text: #"""
# First-person promises to publish or spread the material (Italian, with the usual misspellings).
lo pubblico
la pubblico
li pubblico
le pubblico
pubblico tutto
pubblico il
pubblico la
pubblico le
pubblico i
pubblico gli
pubblico questo
pubblico questa
pubblico queste
pubblico questi
pubblico su
pubblico ovunque
pubblico online
pubblicherò
pubblicherò tutto
pubblicare tutto
rendo pubblico
rendo tutto pubblico
renderò pubblico
lo posto
li posto
le posto
la posto
posto tutto
posterò
lo carico
li carico
le carico
carico tutto
carico il video
carico le foto
carico su
caricherò
lo condivido
le condivido
li condivido
condivido tutto
condivido il video
condivido le foto
condivido su
condividerò
lo diffondo
le diffondo
li diffondo
diffondo tutto
diffonderò
lo faccio girare
le faccio girare
li faccio girare
faccio girare
farò girare
lo metto online
le metto online
metto tutto online
lo metto in rete
metto tutto in rete
metterò online
lo spammo
spammo tutto
lo sbatto
sbatto tutto
leako
lo leako
leakerò

"""#),
        (path: "lexicons/it_recorded_1p.txt", text: #"""
# First-person recording, screenshot and saving verbs.
ho registrato
l'ho registrato
l'ho registrata
ho fatto uno screen
ho fatto lo screen
ho fatto gli screen
ho fatto screen
ho fatto screenshot
ho fatto uno screenshot
ho fatto degli screenshot
ho screenshottato
ho catturato
ho salvato
l'ho salvato
l'ho salvata
ho scaricato
ho fatto una copia
ho una copia

"""#),
        (path: "lexicons/it_recorded_objects.txt", text: #"""
# What was recorded.
la nostra chiamata
la chiamata
la nostra conversazione
tutta la chiamata
la diretta
lo schermo
quello che hai fatto in cam

"""#),
        (path: "lexicons/it_recorded_you.txt", text: #"""
# First-person claims to have recorded the reader.
ti ho registrato
ti ho registrata
t'ho registrato
t'ho registrata
ti ho ripreso
ti ho ripresa
ti ho filmato
ti ho filmata
ti ho beccato in cam
ti ho beccata in cam
è tutto registrato
è stato tutto registrato
ho registrato tutto
ho registrato ogni cosa
ho registrato tutta la
ho tutto registrato
ho la registrazione
ho registrato lo schermo

"""#),
        (path: "lexicons/it_ruin.txt", text: #"""
# First-person promises to ruin or expose the victim.
ti rovino la vita
ti rovino
ti rovinerò
ti rovinerò la vita
rovinerò la tua vita
ti distruggo
ti distruggerò
ti distruggo la vita
ti sputtano
ti sputtanerò
ti smerdo
ti svergogno
ti faccio fare una figura di merda
ti faccio vergognare
la tua vita è finita
la tua vita è rovinata
sei rovinato
sei rovinata
diventa virale
diventerà virale
lo rendo virale
lo faccio diventare virale
faccio vedere a tutti
farò vedere a tutti
lo faccio vedere a tutti
ti faccio vedere a tutti

"""#),
        (path: "lexicons/it_secrecy.txt", text: #"""
# Secrecy and deleting the chat.
il nostro segreto
il nostro piccolo segreto
nostro segreto
resta tra noi
rimane tra noi
restiamo tra noi
tra me e te
solo tra me e te
non dirlo a nessuno
non dire niente a nessuno
non dire nulla a nessuno
non dirlo a nessun
non parlarne con nessuno
non raccontarlo a nessuno
nessuno deve sapere
nessuno deve saperlo
nessuno lo deve sapere
acqua in bocca
cancella la chat
cancella i messaggi
cancella la conversazione
cancella tutti i messaggi
elimina la chat
elimina i messaggi
elimina la conversazione
nn dirlo a nessuno
nn dire niente a nessuno
nn dire nulla a nessuno
nessuno deve sapere niente

"""#),
        (path: "lexicons/it_send_it.txt", text: #"""
# First-person promises to send or show "it" to someone.
lo mando
la mando
li mando
le mando
lo manderò
li manderò
le manderò
manderò tutto
mando tutto
lo invio
li invio
le invio
lo invierò
le invierò
invio tutto
invierò tutto
lo inoltro
le inoltro
li inoltro
inoltro tutto
lo giro
li giro
le giro
giro tutto
lo girerò
lo faccio vedere
le faccio vedere
li faccio vedere
faccio vedere tutto
farò vedere
lo mostro
le mostro
mostro tutto
mostrerò
glielo mando
gliele mando
glieli mando
glielo invio
glielo faccio vedere
gliele faccio vedere
mando il video
manderò il video
invio il video
invierò il video
mando la registrazione
mando le tue foto
mando i tuoi video
giro il video
giro le tue foto
girerò il video
inoltro il video
faccio vedere il video
faccio vedere le tue foto

"""#),
        (path: "lexicons/it_send_me.txt", text: #"""
# "Send (me)": shared by the payment and image-request rules.
manda
mandami
mandi
mandate
mandatemi
mi mandi
invia
inviami
invii
mi invii

"""#),
        (path: "lexicons/it_show_me.txt", text: #"""
# "Show me / let me see".
fammi vedere
mi fai vedere
fatti vedere
fai vedere
mostrami
voglio vedere
posso vedere
fammi avere

"""#),
        (path: "lexicons/it_siblings.txt", text: #"""
# The victim's siblings and wider family.
tua sorella
tuo fratello
tue sorelle
tuoi fratelli
tua cugina
tuo cugino
tua zia
tuo zio

"""#),
        (path: "lexicons/it_spelled_amounts.txt", text: #"""
# Amounts written as words.
cento euro
duecento euro
trecento euro
quattrocento euro
cinquecento euro
seicento euro
settecento euro
ottocento euro
novecento euro
mille euro
duemila euro
tremila euro
cinquemila euro
diecimila euro
cento dollari
duecento dollari
trecento dollari
cinquecento dollari
mille dollari
duemila dollari

"""#),
        (path: "lexicons/it_surprise.txt", text: #"""
# Happy secrets: surprises, news, parties.
sorpresa
festa a sorpresa
regalo
incinta
ci sposiamo
fidanzati
compleanno
anniversario
proposta
l'esame
esame
promosso
promossa
ho passato
nuovo lavoro
mi hanno preso

"""#),
        (path: "lexicons/it_trade.txt", text: #"""
# Trading pictures.
ti faccio vedere se tu mi fai vedere
io ti faccio vedere se
se mi fai vedere ti faccio vedere
te la faccio vedere se
ti ho mandato la mia ora mandami la tua
ora mandami la tua
adesso mandami la tua
ora tocca a te mandarmi
foto per foto
una foto a testa
scambio foto
scambiamoci foto
scambiamoci le foto
facciamo scambio di foto

"""#),
        (path: "lexicons/it_untraceable.txt", text: #"""
# Claims to be out of reach.
non sono in italia
non sono nel tuo paese
non vivo nel tuo paese
vivo in un altro paese
sono in un altro paese
non mi troverai mai
non puoi rintracciarmi
non puoi trovarmi
non mi puoi rintracciare
non mi puoi trovare
nessuno può trovarmi
questo è un profilo falso
profilo fake
account fake
sono irrintracciabile
irrintracciabile
nessuno può toccarmi
nn sono in italia
nn mi troverai mai
nn puoi rintracciarmi
nn puoi trovarmi

"""#),
        (path: "lexicons/it_video_call.txt", text: #"""
# Live video, named in Italian (shared by platform-move and recording-claim rules).
videochiamata
videochiamate
video chiamata
chiamata video
videochiamiamo
videochiamiamoci
facciamo una videochiamata
la nostra videochiamata
accendi la cam
accendi la webcam
accendi la telecamera
accendi la fotocamera
apri la cam
apri la webcam
apri la telecamera
in cam
in webcam

"""#),
        (path: "lexicons/it_you_have.txt", text: #"""
# "You have" (shared by the deadline and platform-move rules).
hai

"""#),
        (path: "lexicons/jail_threats.txt", text: #"""
# Prison and arrest threats.
you'll go to jail
you will go to jail
you're going to jail
youre going to jail
you are going to jail
you'll go to prison
you will go to prison
you're going to prison
you are going to prison
you'll be arrested
you will be arrested
you'll get arrested
you will get arrested
you'll be locked up
you will be locked up
you'll be charged
you will be charged
sex offender register
sex offenders register
registered sex offender
criminal record

"""#),
        (path: "lexicons/know_where.txt", text: #"""
# Knowledge of the victim's whereabouts.
i know where you live
i know where u live
i know where you go to school
i know where you work
i know where your family lives
i know where your parents live
i know your address
i have your address
i've got your address
i know your school
i know which school you go to
i know what school you go to
i'll come to your house
i will come to your house
i'm coming to your house
im coming to your house
i'll come to your school
i will come to your school
i'll show up at your
i will show up at your

"""#),
        (path: "lexicons/known_details.txt", text: #"""
# Details of the victim's family an offender recites.
your mom's name
your mum's name
your dad's name
your mother's name
your father's name
your sister's name
your brother's name
your girlfriend's name
your boyfriend's name
your dad's job
your mum's job
your mom's job
where your dad works
where your mum works
where your mom works
where your parents work
your school's name
your mom's number
your mum's number
your dad's number
your sister's instagram
your brother's instagram
your mum's facebook
your mom's facebook
your dad's facebook
your parents names

"""#),
        (path: "lexicons/look_proof.txt", text: #"""
# Proof offered to the victim.
look what i have
look what i've got
look what i got
look what i recorded
look what i saved
look at what i have
look at this video
look at this recording
here's the proof
here is the proof
heres the proof
here's proof
heres proof
proof that i have
proof i have
as proof
to prove i have
to prove it's real
to prove its real
to prove i'm serious
to prove im serious
is this you
this is you
this you
that's you
thats you
is that you
recognise this
recognize this
recognise yourself
recognize yourself
does this look familiar
remember this
remember what you did
you in this video
you in the video

"""#),
        (path: "lexicons/malware.txt", text: #"""
# Malware named in the email variant.
malware
malicious software
malicious code
trojan
trojan horse
remote access trojan
spyware
keylogger
key logger
rootkit
rat software
hacking software
virus
backdoor
exploit

"""#),
        (path: "lexicons/material_refs.txt", text: #"""
# References to the material, explicit or not.
the video
this video
that video
the videos
the vid
the clip
this clip
this recording
the screen recording
the screenshots
these screenshots
the pics
these pics
those pics
the photos
these photos
the pictures
what you've done
what you sent
what you sent me
what you showed me
it
this
them
nudes
your nudes
your body
you naked
your dick
dick pic

"""#),
        (path: "lexicons/mature_flattery.txt", text: #"""
# Flattery that separates a young victim from peers and parents.
mature for your age
mature for ur age
you're so mature
youre so mature
you are so mature
ur so mature
you seem older than
you act older than
age is just a number
age doesn't matter
age dont matter
not like other guys
not like other girls
not like the other girls
not like the other boys
nobody understands you like
no one understands you like
only i understand you
i understand you better than
they don't understand you like
they dont understand you like
i'm the only one who cares
im the only one who cares
i'm the only one who understands
no one else cares about you
nobody else cares about you
you can tell me anything

"""#),
        (path: "lexicons/messaging_apps.txt", text: #"""
# Chat apps that are also places to publish (they are in @chat_platforms too).
# Shared by the platform-move and publish-threat rules.
instagram
insta
ig
snapchat
telegram
discord
whatsapp

"""#),
        (path: "lexicons/more_requests.txt", text: #"""
# Pressure for more, and reassurance to lower guard.
show me more
send more
send me more
i want more
i need more
more pics
another pic
another one
one more pic
just one more
just one pic
just one picture
don't be shy
dont be shy
no one will see it
nobody will see it
no one will ever see
nobody will ever see
i'll delete it
i will delete it
i'll delete it after
it's only for me
its only for me
only for my eyes
for my eyes only
just for me
i won't show anyone
i wont show anyone
i won't share it
i wont share it

"""#),
        (path: "lexicons/move_phrases.txt", text: #"""
# Invitations to continue on another app.
add me on
add me at
add me
hmu on
hit me up on
message me on
msg me on
text me on
dm me on
talk on
chat on
talk to me on
chat to me on
let's talk on
lets talk on
let's chat on
lets chat on
let's move to
lets move to
move to
switch to
come to
come on
join me on
find me on
follow me on
i'm on
im on
i am on
we can talk on
we can chat on
continue on
carry on on
better on
easier on

"""#),
        (path: "lexicons/network_lists.txt", text: #"""
# Other names for the victim's network (the lists themselves are in @network_specific,
# @your_followers, @your_contact_lists, @your_friends, @your_family and @circle_wide).
your close friends

"""#),
        (path: "lexicons/network_specific.txt", text: #"""
# Network lists that are rarely mentioned except by someone who harvested them (the followers,
# contacts and friends list are in @your_followers and @your_contact_lists).
your following
your following list
your followers list
your contacts list
your phone contacts
everyone you follow
everyone who follows you
ur friends list
ur contacts

"""#),
        (path: "lexicons/no_escape.txt", text: #"""
# Removing the victim's options.
you have no choice
you have no other choice
you've got no choice
you don't have a choice
you dont have a choice
you do not have a choice
there's nothing you can do
theres nothing you can do
there is nothing you can do
nothing you can do about it
you can't escape
you cant escape
you can't get away
you cant get away
do as i say
do what i say
do exactly what i say
do what i tell you
do exactly as i say
you belong to me
i own you
you're mine now
youre mine now
you are mine now
don't test me
dont test me
don't try me
dont try me
don't play with me
dont play with me
don't play games with me
dont play games with me
you think i'm joking
you think im joking
do you think i'm joking
i'm not playing games
im not playing games
this is not a game

"""#),
        (path: "lexicons/now_or.txt", text: #"""
# "now or ..." hinge.
now or else
right now or
now or i
now or i'll
now or i will
now or everyone
now or it
now or this
now or the video
now or your
immediately or
asap or
tonight or i
tonight or everyone
today or i
today or everyone

"""#),
        (path: "lexicons/off_site.txt", text: #"""
# Reasons to leave the current app or site.
rarely on here
hardly on here
not on here much
not really on here
barely on here
never on here
don't use this app
dont use this app
don't use this site
dont use this site
don't come on here
dont come on here
i don't check this
i dont check this
get off this app
get off this site
leave this app
off this app
off this site
talk off here
chat off here
move off here
this app is boring
this app is trash
this app is glitchy
this app is bad
this app sucks
this site sucks
this app is buggy
this app is dead

"""#),
        (path: "lexicons/old_countdown.txt", text: #"""
# Countdowns and pressure.
tick tock
ticktock
tik tok tik tok
clock is ticking
the clock is ticking
clock's ticking
clocks ticking
time is ticking
time's ticking
times ticking
time is running out
time's running out
times running out
you're running out of time
youre running out of time
you are running out of time
running out of time
the timer has started
timer has started
timer starts now
the countdown has started
countdown has started
countdown starts now
countdown begins
every minute you wait
every hour you wait
the longer you wait
the clock is running
clock is running
# Emoji that stand for a countdown.
⏰
⏳
⌛
⏱

"""#),
        (path: "lexicons/old_goes_public.txt", text: #"""
# Going public.
# Shared by the deadline and publish-threat rules.
go public
goes public
it goes public
everything goes public

"""#),
        (path: "lexicons/old_or_else.txt", text: #"""
# The bare ultimatum hinge.
# Shared by the deadline, payment-demand and publish-threat (conditional) rules.
or else

"""#),
        (path: "lexicons/old_police.txt", text: #"""
# Police and authorities ("the police" itself is in @the_police).
police
cops
the cops
cop
feds
the feds
fbi
the fbi
authorities
the authorities
interpol
nca
law enforcement

"""#),
        (path: "lexicons/old_publish_verbs.txt", text: #"""
# Verbs of publishing or distributing material.
post
posting
posted
upload
uploading
uploaded
share
sharing
leak
leaking
leaked
release
releasing
expose
exposing
spread
spreading
publish
publishing
distribute
distributing
forward
forwarding
broadcast
blast
send it to
send this to
send them to
send these to
send the video to
send the pics to
send your pics to
send your video to
sending it to
sending this to
put it on
put it up
put this on
put them on
put them up
put it online
put it everywhere
make it public
going public
go to
goes to
gets sent
get sent
gets sent to
gets posted
get posted
gets leaked
get leaked
goes out
going out
go viral
goes viral
end up on
ends up on
will be on

"""#),
        (path: "lexicons/old_you_have.txt", text: #"""
# "You have", "you got": opens a time limit ("you have 24 hours") or a handle question
# ("you got snap?").
# Shared by the deadline and platform-move rules.
you have
you got
u have
u got

"""#),
        (path: "lexicons/or_audience.txt", text: #"""
# "... or <the audience sees it>": the hinge of a publish threat, with the audience named.
or everyone sees
or everyone will see
or everyone sees it
or everybody sees
or everybody will see
or everyone you know
or everyone gets
or all your friends
or all ur friends
or your family sees
or your family will see
or your family gets
or your friends see
or your friends will see
or your parents see
or your parents will see
or your mum sees
or your mom sees
or your dad sees
or your followers
or ur family
or ur friends
or ur parents
or your pics go
or your nudes go
or your video goes
or the video goes
or the pics go
or ur pics go
or ur nudes go
or ur pics
or ur nudes
or ur video
or it goes online
or it's going online
or its going online
or it goes everywhere
or this goes everywhere
or it goes viral
or it goes public
or it's going public
or it all goes public
or i go public
or i make it public
or i'll make it public
or i expose you
or i'll expose you
or i will expose you
or i ruin you
or i ruin your life
or i'll ruin your life
or i will ruin your life
or your life is ruined
or your life is over
or your life will be ruined

"""#),
        (path: "lexicons/or_i_post.txt", text: #"""
# "... or I post it": the hinge of a publish threat, with the act named.
or i post it
or i'll post it
or i will post it
or i post this
or i'll post this
or i post the video
or i'll post the video
or i'll post your
or i post ur
or i upload it
or i'll upload it
or i will upload it
or i leak it
or i'll leak it
or i will leak it
or i leak your
or i'll leak your
or i share it
or i'll share it
or i will share it
or i send it to
or i'll send it to
or i will send it to
or i send ur
or i send your
or i'll send your
or i start sending
or i'll start sending
or i start posting
or i'll start posting

"""#),
        (path: "lexicons/or_threats.txt", text: #"""
# "... or <everyone / it / the material / I post> ...": the hinge of an ultimatum.
# Shared by the deadline and payment-demand rules.
or everyone
or everybody
or it goes
or it's going
or the video
or the pics
or i send
or i post
or i leak
or i go public
or i start sending

"""#),
        (path: "lexicons/parent_guardians.txt", text: #"""
# Other guardians who would protect the victim (parents, siblings, family, teachers, school and
# the police are in their own lexicons).
your carer
your guardian

"""#),
        (path: "lexicons/parent_relatives.txt", text: #"""
# Step-parents (parents and grandparents are in @your_parents and @your_grandparents).
your stepmum
your stepmom
your stepdad

"""#),
        (path: "lexicons/parents_dont_know.txt", text: #"""
# Parents kept out of the loop.
your parents don't need to know
your parents dont need to know
your parents can't know
your parents cant know
your parents won't understand
your parents wont understand
your parents wouldn't understand
your parents wouldnt understand
your parents don't understand you
your parents dont understand you
make sure your parents don't see
make sure your parents dont see
make sure your mum doesn't see
make sure your mom doesn't see
make sure no one sees
make sure nobody sees
delete it so your parents
so your parents don't see
so your parents dont see
so your parents don't find out
so your parents dont find out
so no one finds out

"""#),
        (path: "lexicons/passive_hack.txt", text: #"""
# Passive claims that the victim's device was compromised.
was hacked
is hacked
has been hacked
got hacked
was infected
is infected
has been infected
was compromised
is compromised
has been compromised
is under my control

"""#),
        (path: "lexicons/password_proof.txt", text: #"""
# Old leaked passwords as proof.
your password is
your password was
ur password is
i know your password
i know ur password
i have your password
i've got your password
one of your passwords
your old password
this is your password
this was your password
the password you use
you use this password

"""#),
        (path: "lexicons/pay_chase.txt", text: #"""
# Chasing a payment with no amount named.
send the money
send me the money
send the money now
send money now
send it now
pay now
pay me now
pay up
pay up now
where's my money
wheres my money
where is my money
where's the money
wheres the money
where is the money
i'm waiting for the money
im waiting for the money
i am waiting for the money
waiting for the payment
waiting for your payment
have you sent the money
did you send the money
send the payment
make the payment
make the payment now

"""#),
        (path: "lexicons/pay_commands.txt", text: #"""
# Imperative payment verbs placed before an amount.
pay
pay me
send
transfer
transfer me
wire
wire me
deposit
cashapp me
cash app me
venmo me
zelle me
paypal me
you will pay
you will send
you're going to pay
youre going to pay
you are going to pay
you must pay
you must send
you have to pay me
you need to pay me
you need to send me
you better pay
you better send
you'd better pay

"""#),
        (path: "lexicons/pay_hinge.txt", text: #"""
# Payment demands with no amount, before an "or ..." hinge.
pay
pay me
pay up
pay now
pay it
send it
send the money
send me the money
send money
send the cash
send the payment
transfer it
transfer the money
make the payment
you better pay
you'd better pay
you better send

"""#),
        (path: "lexicons/payment_rails.txt", text: #"""
# Payment rails offenders name: wallets, transfer services, gift cards, crypto.
paypal
paypal.me
cash app
cashapp
venmo
zelle
western union
westernunion
moneygram
money gram
remitly
worldremit
world remit
ria money transfer
skrill
revolut
chime
wise transfer
bank transfer
wire transfer
bank account
account number
sort code
iban
bitcoin
bitcoins
btc
crypto
cryptocurrency
usdt
tether
ethereum
eth
litecoin
ltc
gift card
gift cards
giftcard
giftcards
steam card
steam cards
itunes card
itunes cards
apple card
apple gift card
google play card
google play cards
google play gift card
amazon card
amazon gift card
amazon voucher
razer gold
vanilla visa
paysafecard

"""#),
        (path: "lexicons/payment_verbs.txt", text: #"""
# Verbs and verb phrases that move money, as used in demands.
# Whole-word matching: list inflections explicitly.
pay
pay me
pay up
send
send it
transfer
transfer me
wire
wire me
deposit
cashapp me
cash app me
venmo me
zelle me
paypal me
load

"""#),
        (path: "lexicons/pic_direct.txt", text: #"""
# Direct requests for a picture of the reader, without "me".
send a pic
send a picture
send a photo
send a selfie
send a snap
send pics
send some pics
send a vid
send a video of you
send one of you
send a pic of you

"""#),
        (path: "lexicons/pic_requests.txt", text: #"""
# Asking someone to send or show a picture.
sending me
snap me
show me
let me see
lemme see
can i see
could i see
can i have
want to see
wanna see
i want to see
i wanna see
drop me

"""#),
        (path: "lexicons/pic_words.txt", text: #"""
# Pictures and videos.
pic
pics
picture
pictures
photo
photos
pix
selfie
selfies
snaps
vid
vids
video
videos
# Emoji that stand for a photo.
📸
📷

"""#),
        (path: "lexicons/places.txt", text: #"""
# Platforms by name, in every language (lexicons/LANG/places.txt add each language's words).
facebook
fb
face book
instagram
insta
ig
snapchat
snap
tiktok
tik tok
twitter
x
youtube
you tube
reddit
tumblr
telegram
whatsapp
discord
onlyfans
only fans

"""#),
        (path: "lexicons/places_hostile.txt", text: #"""
# Adult and criminal sites by name, in every language.
pornhub
porn hub
xvideos
xhamster
xnxx
redtube
youporn
darknet

"""#),
        (path: "lexicons/police_futility.txt", text: #"""
# Claims that the authorities cannot help.
won't find me
wont find me
will never find me
can't find me
cant find me
can't touch me
cant touch me
can't help you
cant help you
can't save you
cant save you
won't save you
wont save you
can't stop me
cant stop me
won't stop me
wont stop me
can't do anything
cant do anything
can't do nothing
cant do nothing
won't do anything
wont do anything
won't help you
wont help you
won't help
wont help
will not help you
can do nothing
are useless
is useless
won't believe you
wont believe you

"""#),
        (path: "lexicons/porn_sites.txt", text: #"""
# Adult sites named in threats.
porn sites
porn site
porn websites
porn website
porn pages
porn page
pornhub
porn hub
xvideos
xhamster
xnxx
redtube
youporn
adult sites
adult site
adult websites

"""#),
        (path: "lexicons/possession_claims.txt", text: #"""
# Claims of holding material.
i have
i've got
ive got
i got
i still have
i kept
i saved
i've saved
i have saved
i recorded
i screen recorded
i screenshotted
i captured
i have a copy of
i made a copy of
i downloaded
recorded
screen recorded
a video of you
video of you
a recording of you
recording of you
pics of you
photos of you
pictures of you
this screenshot
look at this
that's you
thats you
this is you

"""#),
        (path: "lexicons/private_reasons.txt", text: #"""
# Reasons given for moving somewhere less visible.
more private
somewhere private
somewhere more private
somewhere safer
safer there
more secure
no one can see
nobody can see
no one will see
nobody will see
no one can read
disappearing messages
disappear
disappears
deletes itself
deleted after
vanish mode
secret chat
secret chats
no one monitors
not monitored
they read the messages here
they read the chats here
this app reads
this app monitors

"""#),
        (path: "lexicons/pt/awareness.txt", text: #"""
# Portuguese (BR and PT): awareness and safeguarding text, and reported speech quoting offenders (unless only)
# Accent-free spellings are listed too: matching keeps accents.
sextorsão
sextortion
extorsão sexual
chantagem sexual
golpe
golpes
golpistas
burla
burlas
burlões
burladores
criminosos
os criminosos
os agressores
aliciadores
nunca pague
nunca pagues
não pague
não pagues
não paguem
nunca paguem
se alguém te
se alguém pedir
se alguém ameaçar
se alguém disser
se alguém exigir
se um desconhecido
se um estranho
se uma pessoa
adulto de confiança
um adulto de confiança
safernet
apav
linha internet segura
linha de apoio
denuncie
denunciem
denuncie o perfil
denuncia o perfil
denuncia a conta
faça a denúncia
faz queixa
apresentar queixa
apresenta queixa
boletim de ocorrência
segurança online
segurança na internet
segurança digital
sinais de alerta
os seus filhos
os teus filhos
seus filhos
vossos filhos
os vossos filhos
os jovens
adolescentes
crianças e adolescentes
este tipo de golpe
esse tipo de golpe
este golpe
esse golpe
mensagens falsas
palestra
reunião de pais
campanha de prevenção
prevenção
alerta aos pais
atenção pais
eles dizem
eles vão dizer
vão dizer
vão te dizer
vai te dizer
dizem que
costumam dizer
costumam pedir
eles pedem
vão pedir
ameaçam
alegam
fingem
o email dizia
o e-mail dizia
a mensagem dizia
recebi um email
recebi um e-mail

"""#),
        (path: "lexicons/pt/benign_context.txt", text: #"""
# Portuguese (BR and PT): everyday subjects of sharing (unless only)
# Accent-free spellings are listed too: matching keeps accents.
casamento
férias
aniversário
anos
festa
viagem
batizado
batismo
formatura
churrasco
concerto
o show
do show
no show
ao show
um show
convite
convites
link
cardápio
ementa
receita
vaquinha
rifa
sorteio
bolo
cachorro
cão
gato
gatinho
bebé
ecografia
natal
passagem de ano
réveillon
jogo
campeonato
torneio
treino
apresentação
trabalho de grupo
relatório
anúncio
anúncios
campanha
promoção
canal
inscritos
episódio
tutorial
álbum
praia
paisagem
golo
gol
golaço
desenho
ela pediu
ele pediu
pediram

"""#),
        (path: "lexicons/pt_accusation_labels.txt", text: #"""
# Portuguese (BR and PT): labels used to frame the reader
# Accent-free spellings are listed too: matching keeps accents.
pedófilo
pedófila
pedofilia
abusador
abusador de menores
predador
predador sexual
tarado
violador
estuprador
assediador

"""#),
        (path: "lexicons/pt_accusers.txt", text: #"""
# Portuguese (BR and PT): threats to accuse or report the reader
# Accent-free spellings are listed too: matching keeps accents.
vou dizer que és
vou dizer que você é
vou dizer a todos que és
vou dizer pra todo mundo que você é
vou falar que você é
vou contar que és
vou te denunciar
vou denunciar-te
denuncio-te
te denuncio
vou acusar-te
vou te acusar
todos vão saber que és
todo mundo vai saber que você é
vão pensar que és
vão achar que você é

"""#),
        (path: "lexicons/pt_age.txt", text: #"""
# Portuguese (BR and PT): asking the reader's age, school or school year
# Accent-free spellings are listed too: matching keeps accents.
quantos anos tens
quantos anos você tem
quantos anos vc tem
quantos anos tu tens
qts anos
qnts anos
quantos anos
tens quantos anos
você tem quantos anos
vc tem quantos anos
que idade tens
qual a tua idade
qual é a tua idade
qual a sua idade
qual sua idade
em que ano andas
em que ano estás
que ano você está
que série você está
em que série você está
tá em que série
em que escola andas
qual escola você estuda
em que escola estudas
qual é a tua escola
qual a tua escola
qual tua escola
qual sua escola
onde estudas
onde você estuda
onde vc estuda

"""#),
        (path: "lexicons/pt_all_over.txt", text: #"""
# Portuguese (BR and PT): spreading "all over" somewhere
# Accent-free spellings are listed too: matching keeps accents.
por todo o
por toda a
em todo o
em toda a
pela internet toda
pela net toda
por toda parte
em todo lado
em todo lugar
em tudo quanto é
espalhar por
espalhar pela
espalhar pelo
espalho por
espalho pela
espalho pelo
espalhar no
espalhar na
espalho no
espalho na
espalhar em
espalhado por
espalhado pela

"""#),
        (path: "lexicons/pt_alone.txt", text: #"""
# Portuguese (BR and PT): checking whether the reader is alone and unobserved
# Accent-free spellings are listed too: matching keeps accents.
estás sozinha
estás sozinho
tás sozinha
tás sozinho
tá sozinha
tá sozinho
está sozinha
está sozinho
você está sozinha
você está sozinho
vc tá sozinha
vc tá sozinho
tu tá sozinha
tás sozinha em casa
estás sozinha em casa
está sozinha em casa
tá sozinha em casa
tá sozinho em casa
tem alguém contigo
tem alguém com você
tem alguém com vc
tem alguém aí
está alguém contigo
está alguém aí
alguém está contigo
alguém tá com você
alguém pode te ver
alguém te pode ver
alguém pode ouvir
teus pais estão em casa
seus pais estão em casa
os teus pais estão em casa
teus pais já dormiram
seus pais já dormiram
os teus pais já estão a dormir
seus pais tão dormindo
seus pais estão dormindo
teus pais tão dormindo
onde estão os teus pais
cadê seus pais
fecha a porta do quarto
tranca a porta
tranca a porta do quarto
estás no teu quarto
tá no seu quarto
está no seu quarto
estás na cama
tá na cama

"""#),
        (path: "lexicons/pt_ask_handle.txt", text: #"""
# Portuguese (BR and PT): asking whether the reader has, or what their handle is on, another app
# Accent-free spellings are listed too: matching keeps accents.
tem
qual é o teu
qual é o seu
qual o teu
qual o seu
qual teu
qual seu
me passa o teu
me passa o seu
me passa teu
me passa seu
passa o teu
passa o seu
passa teu
passa seu
manda o teu
manda teu
usas
você usa
vc usa
estás no
tá no
está no

"""#),
        (path: "lexicons/pt_benign_subjects.txt", text: #"""
# Portuguese (BR and PT): everyday subjects of pictures (unless only)
# Accent-free spellings are listed too: matching keeps accents.
cardápio
ementa
menu
recibo
comprovante
talão
fatura
casamento
férias
festa
bolo
cachorro
cão
gato
gatinho
bebé
carro
casa
documento
documentos
boleto
exercício
exercícios
trabalho de casa
tpc
dever de casa
lição
receita
praia
viagem
paisagem
jogo
vestido
sapatos
ténis
quadro
slide
slides
apresentação
matéria
caderno
apontamentos
mapa
morada
endereço
encomenda
produto
peça
estrago
avaria
contador
planta
plantas
jardim
cozinha
sala
obra
quintal
neve
pôr do sol
árvore
natal
formatura
batizado
aniversário
equipa
equipe

"""#),
        (path: "lexicons/pt_block_only.txt", text: #"""
# Portuguese (BR and PT): block or ignore imperatives and taunts
# Accent-free spellings are listed too: matching keeps accents.
não me bloqueia
não me bloqueie
não me bloqueies
nem pense em me bloquear
nem penses em bloquear-me
nem tente me bloquear
nem tentes bloquear-me
me bloqueia e
bloqueia-me e
me ignora e
ignora-me e
não me ignores
não me ignore
desaparece e
ñ me bloqueia
ñ me bloqueie
não bloqueia

"""#),
        (path: "lexicons/pt_by_time.txt", text: #"""
# Portuguese (BR and PT): clock-time limits
# Accent-free spellings are listed too: matching keeps accents.
até hoje à noite
até à meia-noite
até meia-noite
antes da meia-noite
até ao fim do dia
até o fim do dia
até ao final do dia
até o final do dia
agora mesmo
imediatamente
ainda hoje
neste minuto
já já

"""#),
        (path: "lexicons/pt_cam_acts.txt", text: #"""
# Portuguese (BR and PT): undressing or sexual acts on camera
# Accent-free spellings are listed too: matching keeps accents.
tira a roupa
tira a tua roupa
tira sua roupa
tira a sua roupa
tira tua roupa
tira a blusa
tira a camisola
tira a camisa
tira a calça
tira as calças
tira a cueca
tira a calcinha
tira o sutiã
tira o soutien
toca-te
toca em ti
te toca pra mim
te toca para mim
bate uma pra mim
bate uma para mim
se masturba
masturba-te
baixa a câmera
desce a câmera
desce a câmara
baixa a câmara
desce a cam
baixa a cam
mostra lá embaixo
mostra lá em baixo
fica pelado
fica pelada
fica nu
fica nua
fica sem roupa
abre as pernas
bate uma punheta
bate punheta pra mim

"""#),
        (path: "lexicons/pt_countdown.txt", text: #"""
# Portuguese (BR and PT): countdowns and ticking-clock taunts
# Accent-free spellings are listed too: matching keeps accents.
tic tac
tique-taque
o tempo está a correr
o tempo tá correndo
o tempo está correndo
o tempo está passando
o tempo tá passando
o relógio está correndo
o relógio está a contar
o tempo está a acabar
o tempo tá acabando
o tempo está acabando
teu tempo está acabando
teu tempo tá acabando
seu tempo está acabando
seu tempo tá acabando
o teu tempo está a acabar
o teu tempo acabou
seu tempo acabou
teu tempo acabou
contagem regressiva
contagem decrescente
cada minuto que passa
cada hora que passa
o relógio não para

"""#),
        (path: "lexicons/pt_deadline_consequence.txt", text: #"""
# Portuguese (BR and PT): what happens when time runs out
# Accent-free spellings are listed too: matching keeps accents.
antes que eu publique
antes que eu poste
antes que eu mande
antes que eu envie
antes de eu publicar
antes de eu postar
antes de eu mandar
antes de eu enviar
antes que seja tarde
antes que seja tarde demais
depois disso
depois é tarde
depois já era
acabou o prazo
o prazo acabou

"""#),
        (path: "lexicons/pt_deadline_openers.txt", text: #"""
# Portuguese (BR and PT): time limits set on the reader
# Accent-free spellings are listed too: matching keeps accents.
só tens
você só tem
vc só tem
te dou
dou-te
vou te dar
te dou só
tens até
você tem até
no prazo de
dentro de
em menos de
nas próximas
nos próximos

"""#),
        (path: "lexicons/pt_delete_paid.txt", text: #"""
# Portuguese (BR and PT): payment words near a delete promise
# Accent-free spellings are listed too: matching keeps accents.
pagares
pagar
pagou
pagamento
o dinheiro
a grana
o pix
fizeres o pix
fizer o pix
mandares o dinheiro
mandar o dinheiro
assim que
quando o dinheiro cair
depois que pagar
depois de pagares

"""#),
        (path: "lexicons/pt_delete_promise.txt", text: #"""
# Portuguese (BR and PT): a promise to delete the material once paid
# Accent-free spellings are listed too: matching keeps accents.
apago tudo
eu apago
apago o vídeo
apago as fotos
apago os vídeos
e apago
que eu apago
apagarei
vou apagar tudo
vou apagar o vídeo
vou apagar as fotos
deleto tudo
eu deleto
deleto o vídeo
excluo tudo
vou excluir tudo
elimino tudo
eu elimino
ninguém fica sabendo
ninguém fica a saber
ninguém vai saber de nada
fica tudo apagado

"""#),
        (path: "lexicons/pt_device_risk.txt", text: #"""
# Portuguese (BR and PT): probing who else can see the reader's device
# Accent-free spellings are listed too: matching keeps accents.
o celular é só teu
o celular é só seu
o telemóvel é só teu
o telemóvel é teu
teus pais veem teu celular
seus pais veem seu celular
seus pais mexem no seu celular
teus pais mexem no teu celular
os teus pais veem o teu telemóvel
teus pais vêem o teu telemóvel
alguém mexe no teu celular
alguém mexe no seu celular
alguém vê o teu telemóvel
computador partilhado
computador compartilhado
pc partilhado
pc compartilhado
é o teu telemóvel ou
é o seu celular ou
é teu celular ou
os teus pais controlam
seus pais controlam
teus pais controlam

"""#),
        (path: "lexicons/pt_devices.txt", text: #"""
# Portuguese (BR and PT): the reader's devices and accounts
# Accent-free spellings are listed too: matching keeps accents.
teu computador
seu computador
o teu computador
o seu computador
teu pc
seu pc
tua webcam
sua webcam
a tua webcam
a sua webcam
teu telemóvel
o teu telemóvel
seu telemóvel
teu celular
seu celular
o seu celular
teu dispositivo
seu dispositivo
tua câmara
sua câmara
tua câmera
sua câmera
tua conta
sua conta
a tua conta
a sua conta
teu instagram
seu instagram
teu insta
seu insta
teu facebook
seu facebook
teu face
seu face
teu email
seu email
teu e-mail
seu e-mail
teu whatsapp
seu whatsapp
teu zap
seu zap
teu portátil
seu portátil
teu notebook
seu notebook

"""#),
        (path: "lexicons/pt_dont_tell.txt", text: #"""
# Portuguese (BR and PT): "don't tell" before a relative, school or the police
# Accent-free spellings are listed too: matching keeps accents.
não conta
não contes
não digas
não diz
não fala
não fale
não diga
não conte
não mostres
não mostra
não mostre
esconde
esconde isto
esconde isso
não deixes
não deixa

"""#),
        (path: "lexicons/pt_escape_conditions.txt", text: #"""
# Portuguese (BR and PT): blocking, ignoring, leaving or telling (shared by publish and intimidation rules)
# Accent-free spellings are listed too: matching keeps accents.
se me ignorares
se me ignorar
se você me ignorar
se vc me ignorar
se me bloqueares
se me bloquear
se você me bloquear
se vc me bloquear
se não responderes
se não responder
se você não responder
se contares a alguém
se contar pra alguém
se contar a alguém
se falares com a polícia
se chamar a polícia
se chamares a polícia
se for à polícia
se fores à polícia
se for na polícia
se me denunciares
se me denunciar
se saíres da conversa
se sair da conversa
se apagares a conta
se apagar a conta
se desativares
se desativar a conta

"""#),
        (path: "lexicons/pt_everyday_money.txt", text: #"""
# Portuguese (BR and PT): everyday reasons to send or ask for money (unless only)
# Accent-free spellings are listed too: matching keeps accents.
me devolve
devolve-me
devolver
devolves
devolva
de volta
que te devo
te devo
que me deves
me deves
me deve
que você me deve
que vc me deve
emprestei
emprestado
emprestada
empréstimo
emprestar
empresta
me empresta
empresta-me
racha
rachar
dividir
dividimos
a tua parte
a sua parte
tua parte
sua parte
a minha parte
minha parte
te pago
eu pago
pago-te
o presente
do presente
para o presente
pro presente
metade
por pessoa
por cabeça
reembolso
reembolsar
troco
acertar
acertamos
fico a dever
fico devendo
vaquinha
bolão
quota
cota
multa
multas
juros
atraso
taxa
boleto
fatura
factura
conta da luz
conta de luz
conta da água
renda
aluguel
aluguer
condomínio
propina
propinas
mensalidade
inscrição
reserva
cancelada
cancelado
bilhete
bilhetes
ingresso
ingressos
pizza
jantar
almoço
lanche
uber
táxi
gasolina
gasóleo
combustível
mercado
supermercado
compras
prenda
loja
encomenda
frete
portes
pelo carro
pela bicicleta
pelo telemóvel
pelo celular
pela mota
pela moto
pelo sofá
pela casa
olx
vinted
mercado livre
feira
mesada
salário
ordenado

"""#),
        (path: "lexicons/pt_everyone.txt", text: #"""
# Portuguese (BR and PT): everyone the reader knows
# Accent-free spellings are listed too: matching keeps accents.
todo mundo
toda a gente
toda gente
todo o mundo
todos que você conhece
todos que conheces
todos os que conheces
toda a gente que conheces
todo mundo que você conhece
todo mundo que vc conhece
geral

"""#),
        (path: "lexicons/pt_everyone_sees.txt", text: #"""
# Portuguese (BR and PT): an audience that will see or know
# Accent-free spellings are listed too: matching keeps accents.
todo mundo vai ver
toda a gente vai ver
toda gente vai ver
todos vão ver
vão todos ver
todo mundo vai saber
toda a gente vai saber
todos vão saber
vão todos saber
geral vai ver
todo mundo vê
toda a gente vê
todos verão
o mundo inteiro vai ver
toda a gente fica a saber
vão ficar todos a saber
todo mundo vai ficar sabendo
vai todo mundo ver
vai toda a gente ver
vai toda a gente saber
vai todo mundo saber

"""#),
        (path: "lexicons/pt_explicit_material.txt", text: #"""
# Portuguese (BR and PT): compromising material named explicitly (the English lexicon covers "nudes")
# Accent-free spellings are listed too: matching keeps accents.
você nu
você nua
vc nu
vc nua
tu nu
tu nua
todo nu
toda nua
completamente nu
completamente nua
nu na câmara
nua na câmara
nu na câmera
nua na câmera
nu na cam
nua na cam
você pelado
você pelada
vc pelado
vc pelada
tu pelado
tu pelada
pelado na cam
pelada na cam
pelado na câmera
pelada na câmera
peladinha
peladinho
foto pelada
fotos pelada
foto pelado
fotos pelado
vídeo pelado
vídeo pelada
sem roupa
sem roupas
fotos íntimas
foto íntima
vídeo íntimo
vídeos íntimos
imagens íntimas
fotos nuas
foto nua
fotos de nudez
nudez
partes íntimas
tuas partes íntimas
suas partes íntimas
teu pau
seu pau
o teu pau
a tua pila
tua rola
sua rola
tua buceta
sua buceta
teus peitos
seus peitos
tuas mamas
punheta
batendo punheta
bater punheta
a bater uma
batendo uma
a masturbar-te
se masturbando
te masturbando
masturbação
a tocar-te
se tocando
te tocando
vídeo de sexo
vídeo pornô
teu pack
seu pack
teus packs
seus packs
pack de nudes
teus nudes
seus nudes
tuas nudes
suas nudes
se masturbou
te masturbaste
masturbaste-te
te masturbar
se masturbar
bateste uma
bateu uma
tocaste-te
se tocou
ficaste nu
ficaste nua
ficou pelado
ficou pelada
ficou nu
ficou nua
tirou a roupa
tiraste a roupa
de pau duro

"""#),
        (path: "lexicons/pt_explicit_requests.txt", text: #"""
# Portuguese (BR and PT): requests for nudes or explicit images
# Accent-free spellings are listed too: matching keeps accents.
manda nudes
manda nude
me manda nudes
me manda nude
manda-me nudes
envia nudes
envia-me nudes
tens nudes
tem nudes
você tem nudes
vc tem nudes
manda pack
manda o pack
vende pack
me manda teu pack
manda foto pelada
manda foto pelado
manda foto sem roupa
manda fotos sem roupa
foto sem roupa
fotos sem roupa
mostra os peitos
mostra as mamas
mostra a bunda
mostra o rabo
mostra o pau
mostra a pila
mostra a rola
mostra teu corpo
mostra o teu corpo
mostra seu corpo
mostra o seu corpo
mostra-me o teu corpo
quero ver teu corpo
quero ver o teu corpo
quero ver seu corpo
quero-te ver nua
quero te ver pelada
quero te ver pelado
quero ver-te nua
manda foto de calcinha
manda foto de cueca
manda foto de lingerie
foto de calcinha
foto de lingerie
foto de cueca
manda uma mais ousada
manda algo mais ousado
foto ousada
fotos ousadas
manda foto hot
manda fotos hot
manda uma hot

"""#),
        (path: "lexicons/pt_face_proof.txt", text: #"""
# Portuguese (BR and PT): asking to include the face or prove it is the reader
# Accent-free spellings are listed too: matching keeps accents.
mostra a cara
mostra o rosto
aparece a cara
com tua cara
com a tua cara
com o teu rosto
com seu rosto
com o seu rosto
com a sua cara
cara e corpo
rosto e corpo
pra eu saber que és tu
pra eu saber que é você
para eu saber que és tu
para eu ver que és tu
com o rosto a aparecer
que apareça a cara
que apareça o rosto

"""#),
        (path: "lexicons/pt_final_warning.txt", text: #"""
# Portuguese (BR and PT): final warnings and last chances
# Accent-free spellings are listed too: matching keeps accents.
último aviso
última chance
última oportunidade
é a tua última chance
é a sua última chance
é a última vez que
não vou repetir
não vou pedir de novo
não vou pedir outra vez
não vou avisar outra vez
não vou avisar de novo
aviso final

"""#),
        (path: "lexicons/pt_flattery.txt", text: #"""
# Portuguese (BR and PT): flattery that sets the reader apart from peers and parents
# Accent-free spellings are listed too: matching keeps accents.
és muito madura
és tão madura
você é muito madura
você é tão madura
vc é mt madura
madura para a idade
madura pra idade
madura para a tua idade
madura pra sua idade
maduro para a idade
maduro pra idade
maduro para a tua idade
maduro pra sua idade
a idade é só um número
idade é só um número
ninguém te entende como eu
ninguém te percebe como eu
não sou como os outros
não sou como os outros caras
não sou como os outros rapazes
teus pais não te entendem
os teus pais não te percebem
seus pais não te entendem

"""#),
        (path: "lexicons/pt_found.txt", text: #"""
# Portuguese (BR and PT): finding or identifying the reader's circle
# Accent-free spellings are listed too: matching keeps accents.
encontrei
achei
descobri
sei quem é
sei quem são
já sei quem
já sei quem são
conheço
sei o nome
sei os nomes
pesquisei
stalkeei
investiguei
localizei
sei tudo sobre

"""#),
        (path: "lexicons/pt_friend_nouns.txt", text: #"""
# Portuguese (BR and PT): friends
# Accent-free spellings are listed too: matching keeps accents.
amigo
amiga
amigos
amigas
melhor amigo
melhor amiga
melhores amigos
parceiro
parça
camaradas
malta

"""#),
        (path: "lexicons/pt_goes_online.txt", text: #"""
# Portuguese (BR and PT): the material going to a platform ("isto vai para o Facebook")
# Accent-free spellings are listed too: matching keeps accents.
isso vai pro
isso vai pra
isso vai para o
isso vai para a
isto vai para o
isto vai para a
isto vai pro
isto vai pra
tudo vai pro
tudo vai para o
tudo vai pra
vai tudo pro
vai tudo para o
vai tudo pra
o vídeo vai pro
o vídeo vai para o
o vídeo vai pra
as fotos vão pro
as fotos vão para o
as fotos vão pra
vai direto pro
vai direto para o
vai direto pra
vai directo para o
vai já para o

"""#),
        (path: "lexicons/pt_goes_to.txt", text: #"""
# Portuguese (BR and PT): the material going to someone
# Accent-free spellings are listed too: matching keeps accents.
vai para
vão para
vai pra
vão pra
vai pro
vão pro
vai direto para
vai directo para
vão direto pra
vai chegar a
vão chegar a
vai chegar ao
chega a
chega ao
vai parar à
vai parar ao
vai parar na mão

"""#),
        (path: "lexicons/pt_going_over.txt", text: #"""
# Portuguese (BR and PT): material "going over" a platform
# Accent-free spellings are listed too: matching keeps accents.
vai parar no
vai parar na
vai parar em
vai parar nas
vai parar nos
vão parar no
vão parar na
vão parar nas
vão parar nos
vão parar em
vão cair no
vão cair na
vão vazar no
vão vazar na
vão rodar no
vão rodar na
vão circular no
vão circular na
vai cair no
vai cair na
vai vazar no
vai vazar na
vai rodar no
vai rodar na
vai circular no
vai circular na
vai viralizar no
vai viralizar na

"""#),
        (path: "lexicons/pt_greeting.txt", text: #"""
# Portuguese (BR and PT): polite messages that name relatives (unless only)
# Accent-free spellings are listed too: matching keeps accents.
beijinhos
beijos
abraço
abraços
manda um beijo
manda beijos
dá um beijo
dá beijinhos
diz olá
diz oi
manda lembranças
cumprimentos
saudades
parabéns
feliz aniversário
obrigado
obrigada
jantar
almoço
churrasco
convite
vêm
vêm cá
vão vir
chegam

"""#),
        (path: "lexicons/pt_hack.txt", text: #"""
# Portuguese (BR and PT): first-person hacking claims
# Accent-free spellings are listed too: matching keeps accents.
hackeei
hackei
eu hackeei
invadi
eu invadi
infectei
infetei
piratei
tenho acesso total
liguei a tua
liguei a sua
ativei a tua
ativei a sua
ativei tua
ativei sua
controlo
controlo o
controlo a
controlo o teu
eu controlo

"""#),
        (path: "lexicons/pt_harm.txt", text: #"""
# Portuguese (BR and PT): harm, stalking, jail, underage framing and removed options
# Accent-free spellings are listed too: matching keeps accents.
vou atrás de ti
vou atrás de você
vou-te encontrar
vou te achar
vou te pegar
vais te arrepender
você vai se arrepender
vc vai se arrepender
vai se arrepender
vais pagar caro
vai pagar caro
vais pagar por isto
sei onde moras
sei onde você mora
sei onde vc mora
sei onde tu moras
sei onde estudas
sei onde você estuda
sei onde trabalhas
sei onde você trabalha
sei a tua morada
sei o teu endereço
sei seu endereço
vais para a cadeia
vai pra cadeia
vai para a cadeia
vais preso
vai ser preso
vais ser preso
vais para a prisão
vai para a prisão
vais acabar na prisão
registo de agressores sexuais
não tens escolha
você não tem escolha
vc não tem escolha
faz o que eu digo
faz o que eu mando
faça o que eu mando
faça o que eu digo
não brinques comigo
não brinca comigo
isto não é brincadeira
isso não é brincadeira
isto não é um jogo
isso não é um jogo
sou menor de idade
mandaste fotos a uma menor
mandou fotos pra uma menor
mandou nudes pra uma menor
conversaste com uma menor
estavas a falar com uma menor
tava falando com uma menor
estava falando com uma menor
achas que estou a brincar
achas que eu estou a brincar
acha que eu tô brincando
acha q eu to brincando
vc acha q eu to brincando
você acha que eu estou brincando
acha que é brincadeira
achas que é brincadeira
não estou a brincar contigo
não tô de brincadeira

"""#),
        (path: "lexicons/pt_have.txt", text: #"""
# Portuguese (BR and PT): first-person possession (shared by friends and recording rules)
# Accent-free spellings are listed too: matching keeps accents.
tenho
eu tenho
já tenho
tenho aqui
tenho comigo
ainda tenho
consegui
tenho acesso a
tenho acesso aos
tenho acesso às
tenho todos
tenho todas
agora tenho
tenho tudo
estou com
tô com
estou com o
fiquei com

"""#),
        (path: "lexicons/pt_i_send.txt", text: #"""
# Portuguese (BR and PT): first-person present "I send / show" (weaker than "vou mandar")
# Accent-free spellings are listed too: matching keeps accents.
mando
envio
mostro
encaminho
eu mando
eu envio
eu mostro

"""#),
        (path: "lexicons/pt_i_will_send.txt", text: #"""
# Portuguese (BR and PT): first-person promises to send or show it to someone
# Accent-free spellings are listed too: matching keeps accents.
vou mandar
vou enviar
vou mostrar
vou encaminhar
vou reencaminhar
vou passar
mandarei
enviarei
mostrarei
vou mandar isso
vou mandar tudo
vou enviar tudo
vou mandar o vídeo
vou enviar o vídeo
vou mandar as fotos
vou enviar as fotos
mando o vídeo
mando as fotos
envio o vídeo
envio as fotos
vou começar a mandar
vou começar a enviar
começo a mandar
vou marcar todos
vou marcar todas
vou marcar toda
marco todos
marco toda
vou identificar todos
vou taguear todos

"""#),
        (path: "lexicons/pt_install.txt", text: #"""
# Portuguese (BR and PT): installing something on the reader's device (evidence only next to malware)
# Accent-free spellings are listed too: matching keeps accents.
instalei
eu instalei
coloquei
meti
pus
plantei

"""#),
        (path: "lexicons/pt_is_this.txt", text: #"""
# Portuguese (BR and PT): checking a name against the reader's circle
# Accent-free spellings are listed too: matching keeps accents.
essa é a tua
essa é a sua
essa é tua
essa é sua
esta é a tua
esta é tua
esse é o teu
esse é o seu
esse é teu
esse é seu
este é o teu
este é teu

"""#),
        (path: "lexicons/pt_learn.txt", text: #"""
# Portuguese (BR and PT): someone in the reader's circle receiving, seeing or learning of it
# Accent-free spellings are listed too: matching keeps accents.
recebe
recebem
vê
veem
vai ver
vão ver
fica a saber
ficam a saber
vai saber
vão saber
descobre
descobrem
vai receber
vão receber
fica sabendo
ficam sabendo
vai descobrir
vão descobrir

"""#),
        (path: "lexicons/pt_list_of.txt", text: #"""
# Portuguese (BR and PT): lists and names of people
# Accent-free spellings are listed too: matching keeps accents.
a lista de
lista de
a lista dos
a lista das
os nomes de
os nomes dos
nomes de
os perfis de
os perfis dos

"""#),
        (path: "lexicons/pt_look_proof.txt", text: #"""
# Portuguese (BR and PT): proof offered to the reader
# Accent-free spellings are listed too: matching keeps accents.
olha o que eu tenho
olha o que tenho
olha só o que eu tenho
olha só o que tenho
vê o que eu tenho
vê o que tenho
vê só isto
aqui está a prova
aqui tá a prova
aqui vai a prova
aqui tens a prova
eis a prova
queres uma prova
quer uma prova
quer prova
queres prova
reconheces isto
reconhece isso
reconheces este vídeo
reconhece esse vídeo
és tu neste vídeo
é você nesse vídeo
é vc nesse vídeo
és tu aqui
lembras-te disto
lembra disso
se lembra disso
isto é teu
lembras-te do que fizeste
lembra do que você fez
é você aqui

"""#),
        (path: "lexicons/pt_love_see.txt", text: #"""
# Portuguese (BR and PT): taunts that a relative will "love to see" it
# Accent-free spellings are listed too: matching keeps accents.
vai adorar ver isso
vai adorar ver isto
vão adorar ver isso
vão adorar ver isto
vai gostar de ver isso
vai gostar de ver isto
vão gostar de ver isso
vão gostar de ver isto
vai adorar saber
vão adorar saber
vai gostar de saber
vão gostar de saber
vai adorar este vídeo
vão adorar este vídeo
vai adorar esse vídeo

"""#),
        (path: "lexicons/pt_malware.txt", text: #"""
# Portuguese (BR and PT): malware and spying software
# Accent-free spellings are listed too: matching keeps accents.
vírus
malware
trojan
cavalo de troia
spyware
software espião
programa espião
keylogger
aplicativo espião
app espião
código malicioso
software malicioso

"""#),
        (path: "lexicons/pt_material_refs.txt", text: #"""
# Portuguese (BR and PT): the material, referred to in passing ("o vídeo", "isso")
# Accent-free spellings are listed too: matching keeps accents.
o vídeo
os vídeos
as fotos
isso
isto
tudo
os nudes
as nudes

"""#),
        (path: "lexicons/pt_media.txt", text: #"""
# Portuguese (BR and PT): the reader's pictures and videos, not named as explicit
# Accent-free spellings are listed too: matching keeps accents.
teu vídeo
tua foto
tuas fotos
teus vídeos
seu vídeo
sua foto
suas fotos
seus vídeos
o teu vídeo
as tuas fotos
as suas fotos
o seu vídeo
as fotos que mandaste
as fotos que me mandaste
as fotos que você mandou
as fotos que você me mandou
as fotos que vc mandou
as fotos que me enviaste
as fotos que enviaste
o vídeo que mandaste
o vídeo que você mandou
o vídeo que me mandaste
a gravação
a gravação da chamada
o vídeo da chamada
tudo que você mandou
tudo que você me mandou
tudo o que me mandaste
tudo o que enviaste
tudo que vc mandou

"""#),
        (path: "lexicons/pt_messaging.txt", text: #"""
# Portuguese (BR and PT): chat apps that are also places to publish (shared by platform and publish rules)
# Accent-free spellings are listed too: matching keeps accents.
zap
zapzap
zap zap
wpp
whats
wats
zapp
telegrama

"""#),
        (path: "lexicons/pt_money_units.txt", text: #"""
# Portuguese (BR and PT): money words after a number ("500 paus", "2 mil")
# Accent-free spellings are listed too: matching keeps accents.
reais
real
paus
pau
contos
conto
pila
pilas
mangos
mango
euros
euro
mil
dólares

"""#),
        (path: "lexicons/pt_more_requests.txt", text: #"""
# Portuguese (BR and PT): pressure for more images, with reassurance
# Accent-free spellings are listed too: matching keeps accents.
só mais uma
manda mais
mais uma foto
ninguém vai ver
não sejas tímida
não sejas tímido
não seja tímida
não seja tímido
não tenhas vergonha
não tenha vergonha
deixa de vergonha
larga a vergonha
é só pra mim
é só para mim
só eu vou ver
ninguém mais vai ver
fica só comigo
não mostro a ninguém
não vou mostrar a ninguém
não vou mostrar pra ninguém

"""#),
        (path: "lexicons/pt_move.txt", text: #"""
# Portuguese (BR and PT): inviting the reader to continue on another app
# Accent-free spellings are listed too: matching keeps accents.
me adiciona no
me adiciona na
adiciona-me no
me add no
me add
add no
me chama no
me chama na
chama-me no
chama no
chama na
fala comigo no
fala comigo na
falamos no
falamos pelo
vamos pro
vamos para o
vamos pra
bora pro
bora pra
bora para o
passa pro
passa para o
me segue no
segue-me no
me manda mensagem no
manda mensagem no
conversamos no
vamos conversar no
vamos falar no
vamos falar pelo
me chama lá no
me chama inbox
vem pro
vem para o
continuamos no
continua no

"""#),
        (path: "lexicons/pt_network_nouns.txt", text: #"""
# Portuguese (BR and PT): the reader's followers, contacts and lists
# Accent-free spellings are listed too: matching keeps accents.
seguidores
contatos
contactos
lista de amigos
lista de contatos
lista de contactos
lista de seguidores
amigos do face
amigos do facebook
quem te segue
quem você segue
quem segues

"""#),
        (path: "lexicons/pt_off_site.txt", text: #"""
# Portuguese (BR and PT): talking the reader off the current site
# Accent-free spellings are listed too: matching keeps accents.
quase não uso isto
quase não uso isso
quase não uso esse app
quase não uso este app
quase não entro aqui
quase nunca entro aqui
quase nunca venho aqui
raramente entro aqui
não uso muito isto aqui
não uso muito isso aqui
aqui é chato
isto aqui é chato
esse app é chato
vamos falar noutro sítio
vamos falar em outro lugar
vamos conversar em outro lugar
vamos conversar noutro lado
aqui não dá pra falar
aqui não dá para falar
meu snap é
o meu snap é
meu insta é
o meu insta é
meu zap é
meu whats é
meu telegram é
o meu telegram é
meu skype é

"""#),
        (path: "lexicons/pt_online_places.txt", text: #"""
# Portuguese (BR and PT): online places something is put
# Accent-free spellings are listed too: matching keeps accents.
na net
na internet
nas redes sociais
no face
no facebook
no insta
no instagram
no youtube
no tiktok
no twitter
no xvideos
no pornhub
em sites pornô
em todos os grupos
nos grupos
no grupo

"""#),
        (path: "lexicons/pt_or_else.txt", text: #"""
# Portuguese (BR and PT): threatening ultimatum hinges ("... or you'll see")
# Accent-free spellings are listed too: matching keeps accents.
ou já era
senão já era
ou vais ver
senão vais ver
ou vai ver
senão vai ver
ou já sabes
senão já sabes
ou já sabe
senão já sabe
ou então já sabes
ou então vais ver
ou sabes o que acontece
senão sabes o que acontece
ou você sabe o que acontece
senão você sabe o que acontece
ou te arrependes
senão arrependes-te
ou vais-te arrepender
senão vais-te arrepender
ou vai se arrepender
senão vai se arrepender
ou você vai se arrepender
ou sofres as consequências
ou sofre as consequências
senão sofres as consequências
ou aguenta as consequências
senão o vídeo vai
senão seu vídeo
senão teu vídeo
senão o teu vídeo
senão o seu vídeo
senão as fotos
senão tuas fotos
senão suas fotos
senão as tuas fotos
senão isso vai
senão isto vai
senão tudo vai
senão vai tudo

"""#),
        (path: "lexicons/pt_or_goes.txt", text: #"""
# Portuguese (BR and PT): ultimatums whose alternative is the material going somewhere (payment and deadline hinges)
# Accent-free spellings are listed too: matching keeps accents.
ou isso vai parar
ou isto vai parar
ou tudo vai parar
ou isso vai pro
ou isso vai pra
ou isso vai para
ou isto vai para
ou isto vai pra
ou isto vai pro
ou tudo vai pro
ou tudo vai pra
ou tudo vai para
ou vai tudo pro
ou vai tudo pra
ou vai tudo para
ou o vídeo vai
ou os vídeos vão
ou as fotos vão
ou os teus nudes
ou teus nudes
ou seus nudes
ou os seus nudes
ou as tuas fotos
ou tuas fotos
ou suas fotos
ou as suas fotos
ou o teu vídeo
ou teu vídeo
ou seu vídeo
ou o seu vídeo

"""#),
        (path: "lexicons/pt_or_post.txt", text: #"""
# Portuguese (BR and PT): ultimatums whose alternative is publishing or the audience seeing
# Accent-free spellings are listed too: matching keeps accents.
ou publico
ou eu publico
ou posto
ou eu posto
ou vazo
ou eu vazo
ou espalho
ou eu espalho
ou divulgo
ou eu divulgo
ou vou publicar
ou vou postar
ou vou vazar
ou vou espalhar
ou vou divulgar
ou vou mandar
ou vou enviar
ou vou mostrar
ou vou expor
ou te exponho
ou exponho
ou todo mundo vê
ou todo mundo vai ver
ou toda a gente vê
ou toda a gente vai ver
ou todos vão ver
ou todos veem
ou a tua família vê
ou a tua família vai ver
ou tua família vai ver
ou sua família vê
ou sua família vai ver
ou teus amigos vão ver
ou seus amigos vão ver
ou os teus amigos vão ver
ou a tua vida acaba
ou tua vida acaba
ou sua vida acaba
ou acabo com a tua vida
ou acabo com sua vida
ou destruo a tua vida
ou destruo sua vida
ou mando o vídeo
ou eu mando o vídeo
ou mando as fotos
ou eu mando as fotos
ou envio o vídeo
ou envio as fotos
ou mando tudo
ou eu mando tudo
ou envio tudo
ou mostro o vídeo
ou mostro as fotos
ou mostro tudo
senão publico
senão eu publico
senão posto
senão eu posto
senão mando o vídeo
senão eu mando o vídeo
senão mando as fotos
senão mando tudo
senão envio o vídeo
senão envio tudo
senão espalho
senão vazo
senão divulgo
senão todo mundo vê
senão todo mundo vai ver
senão toda a gente vê
senão toda a gente vai ver
senão todos vão ver
ou todos vão saber
ou todo mundo vai saber
ou toda a gente vai saber
ou toda a gente fica a saber
ou conto a todos
ou conto pra todo mundo
ou conto a toda a gente
ou conto tudo
ou eu conto tudo
ou conto aos teus pais
ou conto pros seus pais
ou conto pros teus pais

"""#),
        (path: "lexicons/pt_otherwise.txt", text: #"""
# Portuguese (BR and PT): plain "otherwise" hinges, threatening only next to a deadline
# Accent-free spellings are listed too: matching keeps accents.
senão
se não
caso contrário
do contrário
ou então

"""#),
        (path: "lexicons/pt_parent_nouns.txt", text: #"""
# Portuguese (BR and PT): parents and grandparents
# Accent-free spellings are listed too: matching keeps accents.
mãe
pai
pais
mamãe
papai
mainha
painho
avó
avós
vó
padrasto
madrasta
velhos
cota
cotas

"""#),
        (path: "lexicons/pt_parents_dont_know.txt", text: #"""
# Portuguese (BR and PT): keeping parents out of it
# Accent-free spellings are listed too: matching keeps accents.
teus pais não iam entender
seus pais não iam entender
seus pais não entenderiam
os teus pais não entenderiam
os teus pais não precisam saber
seus pais não precisam saber
teus pais não precisam saber
os teus pais não podem saber
seus pais não podem saber
tua mãe não pode saber
sua mãe não pode saber
tua mãe não pode ver
sua mãe não pode ver
os teus pais não podem ver
seus pais não podem ver

"""#),
        (path: "lexicons/pt_partner_nouns.txt", text: #"""
# Portuguese (BR and PT): partner
# Accent-free spellings are listed too: matching keeps accents.
namorada
namorado
mulher
marido
esposa
noiva
noivo
crush
ficante
companheira
companheiro

"""#),
        (path: "lexicons/pt_pay_chase.txt", text: #"""
# Portuguese (BR and PT): chasing a payment with no amount
# Accent-free spellings are listed too: matching keeps accents.
manda o dinheiro
manda logo o dinheiro
envia o dinheiro
cadê o dinheiro
cadê meu dinheiro
cadê o meu dinheiro
onde está o dinheiro
onde tá o dinheiro
onde está o meu dinheiro
estou à espera do dinheiro
tô esperando o dinheiro
estou esperando o dinheiro
manda a grana
cadê a grana
cadê minha grana
manda o guito
cadê o pix
tô esperando o pix
estou à espera da transferência
faz logo o pix
manda logo o pix
transfere logo
paga logo
paga já
paga agora
pague agora
pague já
paga de uma vez
quanto você tem na conta
quanto tens na conta
quanto dinheiro tens
quanto dinheiro você tem
quanto você pode pagar
quanto podes pagar
quanto consegues pagar
quanto você consegue pagar
manda o que tiver
manda o que tens
manda o que você tiver
manda tudo o que tens
quanto consegues arranjar
quanto consegue arrumar

"""#),
        (path: "lexicons/pt_pay_conditions.txt", text: #"""
# Portuguese (BR and PT): publishing made conditional on paying or obeying
# Accent-free spellings are listed too: matching keeps accents.
se não pagares
se não pagar
se você não pagar
se vc não pagar
se tu não pagares
se não me pagares
se não me pagar
se não mandares
se não mandar
se não me mandares
se não enviares
se não enviar
se não fizeres o que
se não fizer o que
se não obedeceres
se não obedecer
caso não pague
caso você não pague
caso não pagues
a não ser que pagues
a não ser que pague
a não ser que me pagues
a menos que pagues
a menos que pague
a menos que você pague
se não quiseres que
se não queres que
se você não quer que
se não quer que
se não me mandar
se você não me mandar
se vc não me mandar
se não transferires
se não transferir
se não fizer o pix
se não fizeres o pix
se não depositar
se não depositares
se você não mandar
se vc não mandar
se não quiser que
se não quiser q
se não queres q
se não quiseres q
se não quer q
se ñ quiser que
se ñ pagar

"""#),
        (path: "lexicons/pt_pay_hinge.txt", text: #"""
# Portuguese (BR and PT): a payment command that an ultimatum can hang on
# Accent-free spellings are listed too: matching keeps accents.
paga
pague
paga-me
me paga
me pague
pagas
manda o dinheiro
envia o dinheiro
manda a grana
faz o pix
faz pix
transfere
transfere o dinheiro
deposita
manda logo a grana
manda logo o dinheiro
paga logo
paga já
me paga logo
faz logo o pix
transfere logo

"""#),
        (path: "lexicons/pt_pay_rails.txt", text: #"""
# Portuguese (BR and PT): payment rails named in Portuguese ("pix" alone is English for pictures: only phrases here)
# Accent-free spellings are listed too: matching keeps accents.
chave pix
por pix
via pix
no pix
pelo pix
em pix
mb way
mbway
multibanco
referência multibanco
transferência
transferência bancária
iban
nib
conta bancária
número da conta
ted
cartão presente
vale-presente
cartão de presente
cartão da steam
cartão steam
cartão google play
cartão da google play
cartão amazon
cartão itunes
cartão pré-pago
cartões pré-pagos
código do cartão
códigos do cartão
criptomoeda
criptomoedas
carteira bitcoin
carteira cripto

"""#),
        (path: "lexicons/pt_pay_verbs.txt", text: #"""
# Portuguese (BR and PT): payment imperatives and obligations
# Accent-free spellings are listed too: matching keeps accents.
paga
pague
pagar
paga-me
me paga
me pague
pagues
pagas
vais pagar
vai pagar
vais mandar
vai mandar
vais enviar
vai enviar
tens de mandar
tens que mandar
tem que mandar
vai ter que mandar
você vai pagar
vc vai pagar
tens de pagar
tens que pagar
tem que pagar
vai ter que pagar
vais ter de pagar
transfere
transfira
transfere-me
me transfere
transferir
deposita
deposite
depositar
faz um pix
faz o pix
faça um pix
faça o pix
me faz um pix
faz pix
manda um pix
manda o pix
manda pix
mete
coloca
quero que pagues
quero que me pagues
quero que você pague
quero que me pague
quero que me mandes
quero que transfiras

"""#),
        (path: "lexicons/pt_pic_ask.txt", text: #"""
# Portuguese (BR and PT): asking to see or show
# Accent-free spellings are listed too: matching keeps accents.
mostra
me mostra
mostra-me
deixa ver
deixa-me ver
quero ver
posso ver
tira
tira uma
tira-me

"""#),
        (path: "lexicons/pt_pic_direct.txt", text: #"""
# Portuguese (BR and PT): direct requests to see the reader
# Accent-free spellings are listed too: matching keeps accents.
deixa-me ver-te
deixa eu te ver
mostra-te
mostra-se
quero ver como és
quero ver como você é

"""#),
        (path: "lexicons/pt_pic_words.txt", text: #"""
# Portuguese (BR and PT): pictures and videos of the reader
# Accent-free spellings are listed too: matching keeps accents.
uma foto
foto
fotos
uma foto tua
uma foto sua
foto tua
foto sua
fotinha
fotinho
uma selfie
selfie
selfies
um vídeo
um vídeo teu
um vídeo seu
uma pic
pic
pics
uma imagem

"""#),
        (path: "lexicons/pt_pix_of.txt", text: #"""
# Portuguese (BR and PT): a transfer "of" a number ("pix de 500")
# Accent-free spellings are listed too: matching keeps accents.
pix de
um pix de
o pix de
transferência de
mb way de
depósito de

"""#),
        (path: "lexicons/pt_place_nouns.txt", text: #"""
# Portuguese (BR and PT): school, work and the people there
# Accent-free spellings are listed too: matching keeps accents.
escola
colégio
faculdade
universidade
trabalho
emprego
empresa
chefe
patrão
patroa
professores
professor
professora
stora
stor
turma
colegas
colega de trabalho
igreja
treinador
clube

"""#),
        (path: "lexicons/pt_police.txt", text: #"""
# Portuguese (BR and PT): the police
# Accent-free spellings are listed too: matching keeps accents.
polícia
a polícia
os polícias
policiais
policia federal
polícia judiciária
a pj
os bófias
os canas
os tiras
os cops
a bófia
psp
gnr
delegacia
esquadra

"""#),
        (path: "lexicons/pt_police_futility.txt", text: #"""
# Portuguese (BR and PT): claims the police cannot help
# Accent-free spellings are listed too: matching keeps accents.
não podem fazer nada
não pode fazer nada
não vão fazer nada
não vai fazer nada
não vai adiantar
não adianta
nunca me vão encontrar
nunca vão me achar
nunca vão me encontrar
não me acham
não me encontram
não me vão apanhar
não vão me pegar
não te podem ajudar
não podem te ajudar
não te vão ajudar
não vão te ajudar
não conseguem me achar
não me conseguem encontrar

"""#),
        (path: "lexicons/pt_private_channels.txt", text: #"""
# Portuguese (BR and PT): private channels named in Portuguese chat
# Accent-free spellings are listed too: matching keeps accents.
pv
privado
direct

"""#),
        (path: "lexicons/pt_private_reasons.txt", text: #"""
# Portuguese (BR and PT): privacy given as the reason to move
# Accent-free spellings are listed too: matching keeps accents.
mais privado
mais privada
mais seguro
mais discreto
ninguém vê
ninguém nos vê
ninguém lê
ninguém descobre
as mensagens somem
as mensagens desaparecem
mensagens temporárias
modo temporário
apagam sozinhas
somem sozinhas
chat secreto
conversa secreta
não fica registado
não fica registrado
não fica salvo
sem deixar rastro
sem deixar rasto

"""#),
        (path: "lexicons/pt_publish_places.txt", text: #"""
# Portuguese (BR and PT): places material can be published, in Portuguese
# Accent-free spellings are listed too: matching keeps accents.
face
net
a internet
redes sociais
rede social
nas redes
grupo da família
grupo da escola
grupo da turma
grupo do trabalho
grupos da família
todos os grupos
todo lado
toda parte
todo lugar
stories
status
feed
kwai
mural
linha do tempo
teu perfil
seu perfil
sites pornô
site pornô
sites de pornografia
sites adultos

"""#),
        (path: "lexicons/pt_publish_verbs.txt", text: #"""
# Portuguese (BR and PT): publishing or spreading verbs
# Accent-free spellings are listed too: matching keeps accents.
publicar
publico
publicarei
vou publicar
postar
posto
postarei
vou postar
divulgar
divulgo
vou divulgar
vazar
vazo
vou vazar
vai vazar
vazado
vazada
espalhar
espalho
vou espalhar
partilhar
partilho
vou partilhar
compartilhar
compartilho
vou compartilhar
expor
exponho
vou expor
upar
vou upar
vai ser publicado
vai ser publicada
vai ser postado
vai ser divulgado
vai circular
vai viralizar
viralizar
mostrar a todos
mostro a todos
mostrar pra todo mundo
mostro pra todo mundo
mostrar para toda a gente
mostro a toda a gente
tornar público
torno público
vaze
vazem
seja publicado
seja postado
seja divulgado
espalhe
circule
apareça na net
apareça na internet

"""#),
        (path: "lexicons/pt_put_verbs.txt", text: #"""
# Portuguese (BR and PT): putting something online ("vou jogar na net")
# Accent-free spellings are listed too: matching keeps accents.
vou jogar
vou colocar
coloco
vou botar
boto
vou pôr
ponho
vou meter
meto
vou subir
subo

"""#),
        (path: "lexicons/pt_recorded.txt", text: #"""
# Portuguese (BR and PT): first-person recording
# Accent-free spellings are listed too: matching keeps accents.
gravei
eu gravei
tenho gravado
tenho gravada
fiz gravação
fiz uma gravação
gravei a tela
gravei o ecrã
gravei tela
filmei

"""#),
        (path: "lexicons/pt_recorded_complete.txt", text: #"""
# Portuguese (BR and PT): recording declared done
# Accent-free spellings are listed too: matching keeps accents.
foste gravado
foste gravada
você foi gravado
você foi gravada
vc foi gravado
vc foi gravada
tá tudo gravado
está tudo gravado
tenho tudo gravado
gravei tudo
ficou tudo gravado
foi tudo gravado
tudo foi gravado
tenho a gravação
tenho gravação
gravei a nossa chamada
gravei a videochamada
gravei nossa chamada
te gravei
gravei-te
gravei você
gravei vc
te filmei
filmei-te
filmei você

"""#),
        (path: "lexicons/pt_recorded_objects.txt", text: #"""
# Portuguese (BR and PT): what was recorded (the reader, the call)
# Accent-free spellings are listed too: matching keeps accents.
você
vc
tu
a chamada
nossa chamada
a nossa chamada
a videochamada
nossa videochamada
a nossa videochamada
a chamada de vídeo
nossa chamada de vídeo
o que fizeste
o que você fez
o que vc fez
a cam
na cam
pela câmara
pela câmera

"""#),
        (path: "lexicons/pt_ruin.txt", text: #"""
# Portuguese (BR and PT): exposing, humiliating or ruining the reader
# Accent-free spellings are listed too: matching keeps accents.
acabar com a tua vida
acabar com a sua vida
acabar com tua vida
acabar com sua vida
acabo com a tua vida
acabo com a sua vida
acabo com tua vida
acabo com sua vida
destruir a tua vida
destruir a sua vida
destruir tua vida
destruir sua vida
destruo a tua vida
destruo sua vida
arruinar a tua vida
arruinar a sua vida
arruinar sua vida
arruinar tua vida
te expor
expor-te
expor você
expor vc
te queimar
queimar o teu filme
queimar teu filme
queimar o seu filme
queimar seu filme
te humilhar
humilhar-te
te arruinar
arruinar-te
te destruir
destruir-te
acabar com a tua reputação
acabar com sua reputação
destruir a tua reputação
destruir sua reputação

"""#),
        (path: "lexicons/pt_ruin_done.txt", text: #"""
# Portuguese (BR and PT): the reader's life declared over
# Accent-free spellings are listed too: matching keeps accents.
a tua vida acabou
tua vida acabou
sua vida acabou
a sua vida acabou
a tua vida vai acabar
tua vida vai acabar
sua vida vai acabar
a tua vida está acabada
tua vida tá acabada
sua vida tá acabada
estás acabado
estás acabada
você está acabado
você tá acabado
vc ta acabado

"""#),
        (path: "lexicons/pt_saved.txt", text: #"""
# Portuguese (BR and PT): saved and downloaded copies (shared by friends and recording rules)
# Accent-free spellings are listed too: matching keeps accents.
guardei
salvei
copiei
anotei
baixei
fiz download
tenho guardado
tenho guardados
tenho salvo
tenho salvos

"""#),
        (path: "lexicons/pt_screens.txt", text: #"""
# Portuguese (BR and PT): screenshots and screen captures (shared by friends and recording rules)
# Accent-free spellings are listed too: matching keeps accents.
tirei print
tirei prints
tenho print
tenho prints
printei
dei print
fiz print
fiz prints
tirei screenshot
tirei screenshots
tenho screenshot
tenho screenshots
capturei
fiz captura
fiz capturas
tenho capturas
tirei foto da tela
tirei foto do ecrã
tenho os prints
os prints
print de
prints de
printscreen
printscreens
capturas de ecrã
capturas de tela

"""#),
        (path: "lexicons/pt_secrecy.txt", text: #"""
# Portuguese (BR and PT): keeping the conversation secret or deleting it
# Accent-free spellings are listed too: matching keeps accents.
nosso segredo
nosso segredinho
o nosso segredo
é segredo nosso
fica entre nós
fica entre a gente
isto fica entre nós
isso fica entre nós
só entre nós
não conta pra ninguém
não contes a ninguém
não contes nada a ninguém
não conta a ninguém
não fala pra ninguém
não digas a ninguém
não diga a ninguém
não diz a ninguém
não fale pra ninguém
ninguém pode saber
ninguém precisa saber
ninguém tem de saber
ninguém tem que saber
apaga a conversa
apaga as mensagens
apaga esta conversa
apaga essa conversa
apaga o chat
apaga tudo depois
apaga as nossas mensagens
apaga nossas mensagens

"""#),
        (path: "lexicons/pt_send_me.txt", text: #"""
# Portuguese (BR and PT): "send me": a request for money or for a picture (shared by payment and image rules)
# Accent-free spellings are listed too: matching keeps accents.
manda
mande
manda-me
me manda
me mande
mandes
envia
envie
envia-me
me envia
me envie
envies

"""#),
        (path: "lexicons/pt_shop.txt", text: #"""
# Portuguese (BR and PT): sales and sign-ups (unless only)
# Accent-free spellings are listed too: matching keeps accents.
promoção
promoções
inscrições
inscrição
desconto
descontos
saldos
black friday
liquidação
oferta
compra
comprar
reservar
reserva
candidaturas
matrícula
matrículas
vagas
stock
estoque

"""#),
        (path: "lexicons/pt_sibling_nouns.txt", text: #"""
# Portuguese (BR and PT): siblings and wider family
# Accent-free spellings are listed too: matching keeps accents.
irmã
irmão
irmãos
irmãs
irmãzinha
irmãozinho
mana
mano
primo
prima
primos
tia
tio
tios
família
familia toda
familiares
parentes

"""#),
        (path: "lexicons/pt_spelled_amounts.txt", text: #"""
# Portuguese (BR and PT): amounts in words
# Accent-free spellings are listed too: matching keeps accents.
cem reais
cem euros
duzentos reais
duzentos euros
trezentos reais
trezentos euros
quatrocentos reais
quinhentos reais
quinhentos euros
mil reais
mil euros
mil dólares
dois mil
dois mil reais
dois mil euros
três mil
cinco mil
dez mil
cinquenta reais
cinquenta euros
cem dólares
quinhentos dólares

"""#),
        (path: "lexicons/pt_threat_will.txt", text: #"""
# Portuguese (BR and PT): first-person future for threats
# Accent-free spellings are listed too: matching keeps accents.
vou
eu vou
vou-te
posso
eu posso
irei
sou capaz de
não hesito em

"""#),
        (path: "lexicons/pt_time_left.txt", text: #"""
# Portuguese (BR and PT): time remaining
# Accent-free spellings are listed too: matching keeps accents.
restantes
e contando
a contar

"""#),
        (path: "lexicons/pt_to_pay.txt", text: #"""
# Portuguese (BR and PT): a deadline "to pay"
# Accent-free spellings are listed too: matching keeps accents.
para pagar
pra pagar
pra me pagar
para me pagar
para me pagares
pra me mandar o dinheiro
para me mandares o dinheiro
para me mandar o dinheiro
para transferir
pra transferir
pra fazer o pix
para fazer o pix
pra depositar
para depositar

"""#),
        (path: "lexicons/pt_trade.txt", text: #"""
# Portuguese (BR and PT): trading images
# Accent-free spellings are listed too: matching keeps accents.
te mostro se você me mostrar
te mostro se me mostrares
eu mostro se me mostrares
mostro-te se me mostrares
eu te mostro se tu me mostrares
te mostro se me mostrar
foto por foto
uma por uma
troca de fotos
trocar fotos
trocamos fotos
agora é a tua vez
agora é a sua vez
agora é tua vez
agora é sua vez
já mandei a minha
eu já mandei a minha
eu mandei a minha
agora manda a tua
agora manda a sua
eu mandei uma agora manda
já te mandei agora é tua vez
eu já te mostrei
agora mostra tu
agora mostra você

"""#),
        (path: "lexicons/pt_untraceable.txt", text: #"""
# Portuguese (BR and PT): claims to be out of reach
# Accent-free spellings are listed too: matching keeps accents.
não estou no teu país
não estou no seu país
não tô no seu país
não sou do teu país
não sou do seu país
não moro no teu país
não moro no seu país
estou noutro país
estou em outro país
tô em outro país
não me consegues rastrear
você não consegue me rastrear
vc não consegue me rastrear
não me podes rastrear
não dá para me rastrear
não dá pra me rastrear
impossível me rastrear
nunca me vais encontrar
nunca vais me encontrar
nunca vai me achar
nunca vai me encontrar
você nunca vai me achar
conta fake
perfil falso
perfil fake
esta conta é falsa
essa conta é fake
ninguém me acha
ninguém me encontra

"""#),
        (path: "lexicons/pt_video.txt", text: #"""
# Portuguese (BR and PT): moving to live video
# Accent-free spellings are listed too: matching keeps accents.
chamada de vídeo
videochamada
vídeo chamada
liga a câmara
liga a câmera
liga a cam
abre a câmera
abre a câmara
abre a cam
liga tua cam
liga sua cam
liga a tua câmara
liga a tua câmera
liga sua câmera
liga-me por vídeo
me liga por vídeo
vamos de cam
vamos pra cam
vamos fazer chamada
faz chamada de vídeo
fazer videochamada
ligar por vídeo
ligar a câmara

"""#),
        (path: "lexicons/pt_want.txt", text: #"""
# Portuguese (BR and PT): first-person demands for an amount
# Accent-free spellings are listed too: matching keeps accents.
quero
eu quero
vou querer
preciso de
exijo
eu exijo
aceito
só aceito
aceito só
me dá
me dê
dá-me
dê-me
me arruma
vai custar
vai-te custar

"""#),
        (path: "lexicons/pt_want_see.txt", text: #"""
# Portuguese (BR and PT): taunts about who will see it
# Accent-free spellings are listed too: matching keeps accents.
queres que eles vejam
quer que eles vejam
queres que vejam
quer que vejam
queres que a tua família veja
quer que a sua família veja
quer que sua família veja
queres que os teus pais vejam
quer que seus pais vejam
quer que os seus pais vejam
queres que a tua mãe veja
quer que sua mãe veja
queres que toda a gente veja
quer que todo mundo veja
queres que os teus amigos vejam
quer que seus amigos vejam
queres que eles saibam
quer que eles saibam
queres que toda a gente saiba
quer que todo mundo saiba
queres que a tua família saiba
quer que sua família saiba

"""#),
        (path: "lexicons/pt_you_have.txt", text: #"""
# Portuguese (BR and PT): "you have" (shared by deadline and platform rules)
# Accent-free spellings are listed too: matching keeps accents.
tens
tu tens
você tem
vc tem

"""#),
        (path: "lexicons/pt_your.txt", text: #"""
# Portuguese (BR and PT): possessives for "your"
# Accent-free spellings are listed too: matching keeps accents.
teu
tua
teus
tuas
seu
sua
seus
suas

"""#),
        (path: "lexicons/publish_conditions.txt", text: #"""
# Conditions attached to a publishing threat.
if you don't pay
if you dont pay
if you do not pay
if you don't send
if you dont send
if you do not send
unless you pay
unless you send
if you refuse
if you refuse to pay
if i don't get
if i dont get
if i do not get
if i don't receive
if i dont receive
if i don't see
if the money
if you delete
if you tell anyone
if you tell anybody
if you tell your
if you go to the police
if you call the police
if you report me
if you report this
if you try anything

"""#),
        (path: "lexicons/publish_platforms.txt", text: #"""
# Places material can be published.
facebook
fb
face book
snap story
your story
my story
tiktok
tik tok
youtube
you tube
twitter
reddit
tumblr
onlyfans
only fans
the internet
internet
online
social media
the web
every group chat
your group chat
the group chat
your fb
your insta
your ig
your snap
your tiktok
your timeline
ur facebook
ur insta
ur ig
ur snap

"""#),
        (path: "lexicons/rails.txt", text: #"""
# Payment rails by name, in every language.
bitcoin
bitcoins
btc
crypto
litecoin
ltc
ethereum
eth
usdt
tether
monero
xmr
paypal
pay pal
cash app
cashapp
venmo
zelle
apple pay
google pay
revolut
wise
google play
paysafecard
western union
moneygram
iban
skrill
neteller

"""#),
        (path: "lexicons/recorded_complete.txt", text: #"""
# Recording claims that stand alone, with no object after them.
i got you on camera
i got you on cam
i got you on video
i got it all on video
i got everything on video
i have you on video
i have you on camera
i got it recorded
i got it all recorded
i have it recorded
i have it all recorded
i recorded it all
i recorded everything
it was recorded
it's all recorded
its all recorded
everything was recorded
everything is recorded
you were recorded
you've been recorded
you have been recorded
you are being recorded
you were being recorded

"""#),
        (path: "lexicons/recorded_first_person.txt", text: #"""
# First-person claims of recording.
i recorded
i've recorded
ive recorded
i have recorded
i record
i screen recorded
i screenrecorded
i screen record
i've screen recorded
i captured
i've captured
i filmed
i taped
i screenshotted
i screenshoted
i took screenshots
i took a screenshot
i took a video

"""#),
        (path: "lexicons/recorded_objects.txt", text: #"""
# What was recorded: the victim, the call, the whole session.
you
it all
the whole thing
the whole call
our call
our video call
our video chat
our chat
our facetime
our skype
our skype call
our snap
our session
the call
the video call
the video chat
your face
your show
what you were doing
everything you did
our conversation
our whole call
our whole video call
our whole chat
the whole video
whole call
whole video call

"""#),
        (path: "lexicons/relatives.txt", text: #"""
# Relatives and close contacts, bare (used after "is this your", "your").
mum
mom
mother
dad
father
sister
sis
brother
bro
aunt
auntie
aunty
uncle
cousin
grandma
grandmother
grandpa
grandfather
grandad
granddad
nan
nana
gran
stepmum
stepmom
stepdad
wife
husband
girlfriend
boyfriend
gf
bf
son
daughter
niece
nephew
best friend
bestie
friend
mate
teacher
coach
boss

"""#),
        (path: "lexicons/ruin_phrases.txt", text: #"""
# Promised consequences of exposure.
ruin your life
ruin you
ruin your reputation
ruin your career
ruin your future
ruin your marriage
ruin your relationship
ruin everything
destroy your life
destroy your reputation
destroy your career
destroy you
expose you
humiliate you
embarrass you
shame you
make you famous
make you go viral
make it go viral
make this go viral
make sure everyone sees
make sure everyone knows
make sure everybody sees
make sure everybody knows
make sure your family sees
make sure your friends see
let everyone see
let everybody see
let the world see
end your career
end your life

"""#),
        (path: "lexicons/saved.txt", text: #"""
# Saved: a copy kept of a list or of the material.
# Shared by the friends-listing and recording-claim rules.
saved

"""#),
        (path: "lexicons/screenshots.txt", text: #"""
# Screenshots taken, of a list or of the victim.
# Shared by the friends-listing and recording-claim rules.
screenshot
screenshots
screenshotted

"""#),
        (path: "lexicons/secrecy.txt", text: #"""
# Secrecy.
our secret
our little secret
keep this between us
keep it between us
just between us
just between you and me
between you and me
keep this secret
keep it secret
keep it a secret
keep this a secret
keep this to yourself
keep it to yourself
don't tell anyone
dont tell anyone
do not tell anyone
don't tell anybody
dont tell anybody
don't tell a soul
don't tell nobody
dont tell nobody
tell no one
tell nobody
no one needs to know
nobody needs to know
no one has to know
nobody has to know
no one can know
nobody can know
no one will know
nobody will know
delete our chat
delete this chat
delete our messages
delete these messages
delete the messages
delete the chat
clear the chat
clear our chat
delete everything after

"""#),
        (path: "lexicons/send_me.txt", text: #"""
# "Send me": a request for a picture or for money.
# Shared by the image-request and payment-demand rules.
send me
send over

"""#),
        (path: "lexicons/shared_device.txt", text: #"""
# Questions about who else can see the victim's device.
are you on a shared computer
is it a shared computer
is this a shared computer
are you using a shared computer
is it a shared phone
is this a shared phone
is it a shared laptop
are you on the family computer
is it the family computer
does anyone else use your phone
does anyone else use your computer
does anyone check your phone
do your parents check your phone
do your parents check your messages
do your parents read your messages
can your parents see your messages
can your parents see your phone
do your parents know your password
is this your own phone
is this your phone
whose phone is this
use private browsing
use a private window
use incognito
go incognito
turn off your location
turn your location off

"""#),
        (path: "lexicons/snap.txt", text: #"""
# Snap: both a picture and the app.
# Shared by the image-request, platform-move and publish-threat rules.
snap

"""#),
        (path: "lexicons/spelled_amounts.txt", text: #"""
# Amounts written out in words (entity(money) covers the digit forms).
a hundred
one hundred
two hundred
three hundred
four hundred
five hundred
six hundred
seven hundred
eight hundred
nine hundred
a thousand
one thousand
two thousand
three thousand
five thousand
ten thousand
a grand
one grand
two grand
three grand
five grand
ten grand
hundred dollars
hundred pounds
hundred quid
hundred bucks
hundred euros
thousand dollars
thousand pounds
thousand euros
# Emoji that stand for money (amounts written as emoji).
💰
💵
💸
🤑
💶
💷

"""#),
        (path: "lexicons/start_sending.txt", text: #"""
# Promises to start sending or posting.
# Shared by the deadline and publish-threat rules.
i start sending
i start posting
i'll start sending
i will start sending
i'll start posting

"""#),
        (path: "lexicons/surprise_context.txt", text: #"""
# Happy secrets.
surprise
surprise party
present
gift
pregnant
pregnancy
engaged
engagement
proposal
propose
proposing
birthday
christmas
anniversary
party

"""#),
        (path: "lexicons/tag_send.txt", text: #"""
# Reaching the victim's network directly.
tag
tagging
dm
dming
message
messaging
inbox
send it to
send this to
send them to
send these to
forward it to
forward this to
share it with
share this with
share them with
show it to
show this to
show them to

"""#),
        (path: "lexicons/the_police.txt", text: #"""
# The police, named: someone to hide things from, and someone who "can't help you".
# Shared by the grooming and intimidation rules.
the police

"""#),
        (path: "lexicons/threat_hinges.txt", text: #"""
# The hinge that turns a payment demand into a threat ("or this is ...", "otherwise I ...",
# "if you don't ..."); the bare "or else" and the hinges shared with deadlines are in @or_else
# and @or_threats.
or this
or this is
or it
or its going
or it will
or it'll
or all your
or your family
or your friends
or your parents
or the photos
or the recording
or i'll post
or i will post
or i'll send
or i will send
or i'll leak
or i will leak
or i'll share
or i will share
or i'll upload
or i will upload
or i'll expose
or i will expose
or i'll ruin
or i will ruin
or i'm posting
or im posting
or i'm sending
or im sending
otherwise i
otherwise everyone
otherwise it
otherwise the video
if you don't
if you dont
if you do not
unless you want
or your nudes
or your pics
or your video
or your vid
or i share
or i upload
or i expose
or i show
or i start
or i tell
or i ruin
or it goes public
or everything goes

"""#),
        (path: "lexicons/threat_publish.txt", text: #"""
# First-person promises to publish or send: "I'll send it", "I'm going to post".
i'll send
i will send
i'm going to send
im going to send
i am going to send
i'm gonna send
im gonna send
imma send
ima send
i'ma send
i go send
i'll be sending
i am sending
i'm going to post
im going to post
i am going to post
i'm gonna post
im gonna post
imma post
i'm going to share
im going to share
i'm gonna share
i'll forward
i will forward
i'm going to leak
im going to leak
i'm gonna leak
im gonna leak
i'm going to upload
im going to upload
i'm gonna upload
i'll show
i will show
i'm going to show
im going to show
i'm gonna show
i'm going to expose
im going to expose
i'm gonna expose
i'll spread
i will spread
i'll release
i will release
i'll publish
i will publish
i'll tag
i will tag
i'll put it
i will put it
i'll put this
i will put this
i'll blast
i will blast
i'll distribute
i will distribute
it will be sent
it will be posted
it will be shared
it will go to
it goes to
this goes to
everything goes to
everything will be sent
i send
i post
i share
i leak
i upload
i will start posting
want me to show
want me to send
want me to post
should i send
should i show
should i post
shall i send
shall i show

"""#),
        (path: "lexicons/threat_publish_strong.txt", text: #"""
# First-person promises to publish the material itself (not just "I'll send you ...").
i'll post
i will post
i'm going to post
im going to post
i'm gonna post
im gonna post
imma post
i'm posting
im posting
i'll leak
i will leak
i'm going to leak
im going to leak
i'm gonna leak
imma leak
i'll upload
i will upload
i'm going to upload
i'm gonna upload
i'll expose
i will expose
i'm going to expose
i'm gonna expose
i'll publish
i will publish
i'll release
i will release
i'll spread
i will spread
i'll share it
i will share it
i'll share this
i will share this
i'll share them
i'll share everything
i will share everything
i'll share your
i will share your
i'll send it to
i will send it to
i'm going to send it to
im going to send it to
i'm gonna send it to
imma send it to
i'll send this to
i will send this to
i'll send them to
i will send them to
i'll send everything
i will send everything
i'll send the video
i will send the video
i'll send the pics
i will send the pics
i'll send your
i will send your
i'll show everyone
i will show everyone
i'll show them
i will show them
i'll make it public
i will make it public
i'll go public
i will go public
it will be posted
it will be sent to
it will be shared
it goes out
it goes to
everything goes to
everything will be sent
everything will be posted
i send it to
i send this to
i post it
i leak it
i start sending
i start posting
i'll start sending
i will start sending
i'll start posting
everything goes public
it goes public
it all goes public
want me to show them
want me to send it to
should i send it to
i'll make it go viral
i will make it go viral
i'll make this go viral
i will make this go viral

"""#),
        (path: "lexicons/threat_send_material.txt", text: #"""
# Sending or showing the material itself.
i'm going to send it
im going to send it
i'm gonna send it
imma send it
i'll send this
i will send this
i'll send them
i will send the video
i'll send the pics
i will send the pics
i'll send the recording
i will send the recording
i'll show it
i will show it
i'll show them
i'll show the video
i will show the video
i'll post it
i will post it
i'll post this
i will post this
i'll post the video
i'll post your
i will post your
i'll leak it
i will leak it
i'll leak this
i'll leak your
i'll forward it
i'll forward this
i will forward it
it goes to
it will go to
it will be sent to
this goes to
this will go to
everything goes to
everything will be sent to
i send it
i send the video
i send this
i post it
i start sending it
i'll start sending it
want me to show
want me to send it
should i send it

"""#),
        (path: "lexicons/threat_will.txt", text: #"""
# First-person future: "I will", "I'm going to".
i'll
i will
i'm going to
im going to
i am going to
i'm gonna
im gonna
i gonna
imma
ima
i'ma
i shall
i can
i could
i'm about to
im about to
i am about to
i won't hesitate to
i will not hesitate to
i'm not afraid to

"""#),
        (path: "lexicons/trade_phrases.txt", text: #"""
# Trading images.
i'll show you if you show me
i will show you if you show me
show me and i'll show you
show me and i will show you
you show me and i'll show you
you show me i show you
i showed you mine
i sent you mine
i've shown you mine
now show me yours
show me yours
send me yours
now send me yours
now send yours
your turn to send
your turn to show
now it's your turn to send
i sent one now you
i'll send one if you send one
i will send one if you send one
send one and i'll send one
trade pics
trade nudes
swap pics
swap nudes
exchange pics
exchange nudes
pic for pic
pic 4 pic
p4p
nude for nude

"""#),
        (path: "lexicons/underage_claims.txt", text: #"""
# Offender claims to be a minor, to frame the victim.
i'm underage
im underage
i am underage
i'm a minor
im a minor
i am a minor
i'm only 13
i'm only 14
i'm only 15
i'm only 16
im only 13
im only 14
im only 15
im only 16
i am only 14
i am only 15
i am 15
i am 14
you sent it to a minor
you sent pics to a minor
you were talking to a minor
you were sexting a minor
talking to a minor
sexting a minor

"""#),
        (path: "lexicons/untraceable.txt", text: #"""
# Credibility props: out of reach.
i'm not in your country
im not in your country
i am not in your country
not in your country
i'm in another country
im in another country
i am in another country
i live in another country
i'm not from your country
im not from your country
different country than you
you can't trace me
you cant trace me
you can't track me
you cant track me
can't be traced
cant be traced
untraceable
you'll never find me
youll never find me
you will never find me
you can't find me
you cant find me
nobody can find me
no one can find me
they can't touch me
they cant touch me
nobody can touch me
no one can touch me
this account is fake
this is a fake account
it's a fake account
i'm from another country
im from another country
i am from another country

"""#),
        (path: "lexicons/victim_circle.txt", text: #"""
# The rest of the victim's circle: people a threat says the material will reach (family, friends,
# network lists, school and work are in their own lexicons).
your relatives
your kids
your children
your uni
your class

"""#),
        (path: "lexicons/video_call.txt", text: #"""
# Moving to live video.
video calling
videocall
video chatting
videochat
facetime me
face time me
cam to cam
cam2cam
c2c
on cam
on camera
turn on your camera
turn on your cam
turn your camera on
turn your cam on
switch on your camera
switch on your webcam
turn on your webcam
open your camera
open your cam
go on cam
get on cam
hop on cam
jump on cam
live video
go live
skype call
snap call

"""#),
        (path: "lexicons/video_call_nouns.txt", text: #"""
# A video call or chat, named.
# Shared by the platform-move (video call) and recording-claim rules.
video call
video chat

"""#),
        (path: "lexicons/want_audience_see.txt", text: #"""
# "Do you want your family to see?"
want your family to see
want your friends to see
want your parents to see
want your mum to see
want your mom to see
want your dad to see
want your followers to see
want your school to see
want your girlfriend to see
want your boyfriend to see
want your wife to see
want everyone to see
want everybody to see
want the world to see
want them all to see
want ur family to see
want ur friends to see
want ur parents to see

"""#),
        (path: "lexicons/wire_details.txt", text: #"""
# Details an offender asks for after a wire transfer, or instructions to send.
send
send it
send the money
transfer
receiver
receiver name
receivers name
name of receiver
country
mtcn
control number
reference number
tracking number

"""#),
        (path: "lexicons/wire_services.txt", text: #"""
# Money transfer services (cash pick-up).
western union
westernunion
moneygram
money gram
remitly
worldremit
world remit

"""#),
        (path: "lexicons/your_boss_or_coach.txt", text: #"""
# The victim's boss or coach.
# Shared by the friends-listing and publish-threat rules.
your boss
your manager
ur boss
your coach

"""#),
        (path: "lexicons/your_contact_lists.txt", text: #"""
# The victim's contacts and friends list.
# Shared by the friends-listing and publish-threat rules.
your contacts
your contact list
all your contacts
your friends list
your friend list

"""#),
        (path: "lexicons/your_devices.txt", text: #"""
# The victim's devices and accounts.
your device
your devices
your computer
your pc
your laptop
your phone
your mobile
your webcam
your web cam
your camera
your cam
your account
your accounts
your email
your e-mail
your emails
your system
your router
your browser
your operating system
your messenger
your social media
your whatsapp
your icloud
your cloud
ur phone
ur laptop
ur webcam
ur camera

"""#),
        (path: "lexicons/your_family.txt", text: #"""
# The victim's family, named as a group.
# Shared by the grooming, friends-listing, publish-threat and intimidation (block) rules.
your family
your family members
ur family

"""#),
        (path: "lexicons/your_followers.txt", text: #"""
# The victim's followers.
# Shared by the friends-listing, publish-threat and intimidation (block) rules.
your followers
ur followers
all your followers
all ur followers
every one of your followers
every single one of your followers

"""#),
        (path: "lexicons/your_friends.txt", text: #"""
# The victim's friends, named as a group.
# Shared by the friends-listing, publish-threat and intimidation (block) rules.
your friends
ur friends

"""#),
        (path: "lexicons/your_grandparents.txt", text: #"""
# The victim's grandparents.
# Shared by the friends-listing and publish-threat rules.
your grandma
your grandmother
your grandpa
your grandad
your nan
your grandparents

"""#),
        (path: "lexicons/your_media.txt", text: #"""
# The victim's media, named without being explicit.
your videos
your pic
your selfies
the video of you
the pics of you
the photos of you
a video of you
pics of you
photos of you
all your pics
all your photos
every pic you sent
everything you sent
everything you sent me
all the pics you sent
all the photos you sent
the pics you sent
the video you sent
our video call
our call
our video chat

"""#),
        (path: "lexicons/your_parents.txt", text: #"""
# The victim's parents.
# Shared by the grooming, friends-listing and publish-threat rules.
your parents
your mum
your mom
your mother
your dad
your father
ur parents
ur mum
ur mom
ur dad

"""#),
        (path: "lexicons/your_partner.txt", text: #"""
# The victim's partner.
# Shared by the friends-listing and publish-threat rules.
your wife
your husband
your girlfriend
your gf
your boyfriend
your bf
your partner
your fiance
ur gf
ur bf

"""#),
        (path: "lexicons/your_pics_and_videos.txt", text: #"""
# The victim's pictures and videos, and "the recording".
# Shared by the publish-threat and recording-claim rules.
your video
your vid
your pics
your photos
your pictures
the recording

"""#),
        (path: "lexicons/your_school.txt", text: #"""
# The victim's school, by name.
# Shared by the grooming and publish-threat rules.
your school
ur school

"""#),
        (path: "lexicons/your_siblings.txt", text: #"""
# The victim's brothers and sisters.
# Shared by the grooming, friends-listing and publish-threat rules.
your sister
your sisters
your brother
your brothers
your siblings
ur sister
ur brother

"""#),
        (path: "lexicons/your_social_accounts.txt", text: #"""
# The victim's own social media accounts, by name.
# Shared by the publish-threat and recording-claim (device access) rules.
your facebook
your instagram
your snapchat

"""#),
        (path: "lexicons/your_teachers.txt", text: #"""
# The victim's teachers.
# Shared by the grooming, friends-listing and publish-threat rules.
your teacher
your teachers

"""#),
        (path: "lexicons/your_wider_family.txt", text: #"""
# The victim's aunts, uncles, cousins, nieces and nephews.
# Shared by the friends-listing and publish-threat rules.
your aunt
your auntie
your uncle
your cousin
your cousins
your niece
your nephew
ur cousin

"""#),
        (path: "lexicons/zh/awareness.txt", text: #"""
# Chinese awareness and anti-fraud warnings: rules stand down.
性勒索
裸聊诈骗
裸聊敲诈
敲诈勒索
诈骗
骗子
防骗
反诈
警方提醒
民警提醒
警方提示
温馨提示
千万不要转账
不要转账
千万不要
及时报警
立即报警
请报警
应该报警
如果有人
如果有陌生人
骗子会说
他们会说
对方会说
家长
提高警惕

"""#),
        (path: "lexicons/zh_audience.txt", text: #"""
# The victim's circle and places to publish it, in Chinese.
你朋友圈
你的朋友圈
朋友圈
你所有的朋友
你所有朋友
你的朋友
你朋友
你的家人
你家人
你的父母
你父母
你爸妈
你爸
你妈
你老婆
你老公
你女朋友
你男朋友
你同学
你的同学
你老师
你的老师
你同事
你的同事
你领导
你公司
你学校
你的学校
你的通讯录
通讯录
所有联系人
你的联系人
你的微信群
家族群
班级群
网上
网络上
微博
抖音
快手
色情网站
黄色网站

"""#),
        (path: "lexicons/zh_benign.txt", text: #"""
# Everyday subjects in Chinese.
婚礼
旅游
旅行
生日
聚会
宝宝
毕业
风景
美食
演唱会
比赛
唱歌
跳舞
年会
会议
上课
发货
快递
退款
退货
作业
报告
考试
给你看
给你看看
发给你看

"""#),
        (path: "lexicons/zh_deadline.txt", text: #"""
# Time pressure in Chinese.
最后通牒
最后一次机会
最后机会
倒计时
今晚之前
今天之内
今天晚上之前
限你
只给你
我给你
你有
你只有
之内
以内
内

"""#),
        (path: "lexicons/zh_explicit.txt", text: #"""
# Explicit material, in Chinese (segmentation quirk: "裸照发" is written too).
裸照
裸照发
你的裸照
裸聊
裸聊视频
裸体
不雅视频
不雅照片
不雅照
私密视频
私密照
色情视频
自慰
打飞机
脱光

"""#),
        (path: "lexicons/zh_hinge.txt", text: #"""
# "Otherwise": the hinge of a Chinese ultimatum.
不然
否则
要不然
要不
如果不
如果你不

"""#),
        (path: "lexicons/zh_material.txt", text: #"""

"""#),
        (path: "lexicons/zh_pay_conditions.txt", text: #"""
# "If you don't pay": a payment condition, in Chinese.
不给的话
不转的话
不转钱的话
不给钱的话
不付钱的话
你不给钱
你不转
敢不给

"""#),
        (path: "lexicons/zh_pay_ctx.txt", text: #"""
# Everyday money in Chinese: paying back, splitting, rent, meals, gifts.
还你
还我
还给你
还钱
借
借我
借你
AA
平摊
一人
饭钱
房租
车费
水电费
电费
请客
红包
份子钱
学费
押金
定金
快递费
门票
电影票
外卖
奶茶
生日
礼物

"""#),
        (path: "lexicons/zh_pay_verbs.txt", text: #"""
# Demands to pay, in Chinese.
给我转
转给我
给我打
打钱
转钱
转账
给钱
给我钱
交钱
付钱
付款
汇款
打款
转我
拿钱
拿出
微信转
支付宝转
赶紧转
马上转
给我打钱
我要
我需要
必须付
必须给
必须转

"""#),
        (path: "lexicons/zh_publish_verbs.txt", text: #"""
# Publishing or sending the material, in Chinese ("照发给" and "照发到" cover the segmentation of "裸照发给").
发到
发给
发在
传到
上传到
上传
发布到
公开
曝光
散播
散布
传播
群发
发朋友圈
挂到
挂在
照发给
照发到

"""#),
        (path: "lexicons/zh_recorded.txt", text: #"""
# Claims to have recorded or to hold the material, in Chinese.
我录了
我录下了
我录下
我录屏了
我已经录屏
我已经录屏了
我已经录下
我已经录下了
我已经录了
全程录屏
全程录像
都录下来了
录下来了
我截图了
我已经截图
我保存了
我有你的
我手里有
我这里有

"""#),
        (path: "lexicons/zh_threat_will.txt", text: #"""
# First-person threat framing ("我就", "我会").
我就
我会
我马上
我立刻
我立即
我保证

"""#),
        (path: "pt/deadline.rules", text: #"""
# deadline (Portuguese, BR and PT): time pressure. Prazos are everywhere (work, deliveries,
# returns), so a bare time limit weighs 0.7; only a limit tied to a consequence or a countdown
# weighs more.

rule PT_DEADLINE_YOU_HAVE_DURATION {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"tens 24 horas\", \"vou-te dar 2 horas\")"
  terms {
    $opener = any(@pt_you_have, @pt_deadline_openers)
    $time   = entity(duration)
    $left   = @pt_time_left
    $aware  = @awareness
  }
  when   $opener then($time, 2) | $time then($left, 0)
  unless $aware
  example        "tens 24 horas."
  example        "vou-te dar 2 horas para decidires"
  example        "você tem 48h"
  example        "30 minutos e contando"
  counterexample "o comboio demora 2 horas daqui até lá"
  counterexample "esperámos 45 minutos pelo autocarro"
}

rule PT_DEADLINE_WITH_CONSEQUENCE {
  category    deadline
  weight      1.2
  description "A time limit tied to a consequence (\"24 horas ou todo mundo vê\", \"antes que eu publique\")"
  terms {
    $time   = any(entity(duration), @pt_by_time, "hoje", "amanhã", "amanha", "meia-noite", "hoje à noite", "esta noite")
    $threat = any(@pt_to_pay, @pt_deadline_consequence, @pt_or_else, @pt_or_post, @pt_or_goes, @pt_otherwise, @pt_everyone_sees, @pt_going_over)
    $owed   = @pt_everyday_money
    $aware  = @awareness
  }
  when   $time near($threat, 6)
  unless $owed
  unless $aware
  example        "tens 24 horas ou todo mundo vê"
  example        "até à meia-noite, antes que eu publique tudo"
  example        "2 horas, senão o vídeo vai pra tua família"
  example        "vc tem 30 min pra me mandar o dinheiro"
  counterexample "tens 48 horas para devolver o artigo e pedir reembolso"
  counterexample "o relatório é para daqui a 2 dias, não te esqueças do anexo"
  counterexample "tens 30 dias para pagar a fatura da luz"
}

rule PT_DEADLINE_COUNTDOWN {
  category    deadline
  weight      1.2
  description "A countdown or ticking-clock taunt (\"tic tac\", \"o teu tempo está a acabar\")"
  terms {
    $tick  = @pt_countdown
    $match = any("jogo", "partida", "natal", "ano novo", "réveillon", "reveillon", "passagem de ano", "férias", "ferias", "concerto", "show", "festa", "exame", "prova", "teste", "forno", "bolo", "casamento", "viagem", "menta", "rebuçado", "bala", "pastilha", "lançamento", "estreia")
    $aware = @awareness
  }
  when   $tick
  unless $match
  unless $aware
  example        "tic tac, tic tac"
  example        "o teu tempo está a acabar"
  example        "seu tempo tá acabando. cada minuto que passa fica pior"
  counterexample "contagem regressiva para o natal, faltam 20 dias!"
  counterexample "o tempo está a correr e ainda não acabei o exame"
}

rule PT_DEADLINE_FINAL_WARNING {
  category    deadline
  weight      1.0
  description "A final warning or last chance (\"último aviso\", \"não vou repetir\")"
  terms {
    $final = @pt_final_warning
    $shop  = @pt_shop
    $aware = @awareness
  }
  when   $final
  unless $shop
  unless $aware
  example        "último aviso"
  example        "é a tua última chance. não vou repetir"
  example        "ultima chance, não vou pedir de novo"
  counterexample "última chance para comprar bilhetes com desconto!"
  counterexample "eu avisei-o mas ele não ouviu"
}

rule PT_DEADLINE_NOW_OR {
  category    deadline
  weight      1.0
  description "An ultimatum hinged on now (\"agora ou eu publico\", \"hoje ou todo mundo vê\")"
  terms {
    $now    = any("agora", "já", "ja", "hoje", "imediatamente", "agora mesmo", "hoje mesmo", "neste momento")
    $orelse = any(@pt_or_else, @pt_or_post, @pt_or_goes)
    $aware  = @awareness
  }
  when   $now then($orelse, 0)
  unless $aware
  example        "paga agora ou eu publico"
  example        "hoje ou todo mundo vê o vídeo"
  example        "manda já senão vais ver"
  counterexample "agora ou nunca, vamos marcar a viagem"
  counterexample "posso hoje ou amanhã, como preferires"
}

"""#),
        (path: "pt/friends_listing.rules", text: #"""
# friends_listing (Portuguese, BR and PT): proof of reach into the reader's network.
# The reader's circle is written as a possessive (@pt_your: teu, tua, seu, sua ...) followed by a
# noun, so "todos os teus seguidores" and "a sua família toda" both match.

rule PT_FRIENDS_SCREENSHOT_LIST {
  category    friends_listing
  weight      2.0
  description "Screenshots or a saved copy of the reader's followers, friends list or contacts"
  terms {
    $screens  = @pt_screens
    $saved    = @pt_saved
    $your     = @pt_your
    $people   = any(@pt_network_nouns, @pt_friend_nouns, @pt_parent_nouns, @pt_sibling_nouns)
    $network  = @pt_network_nouns
    $list     = any(@pt_list_of, "todos os", "todas as", "todos")
    $phone    = any("celular novo", "telemóvel novo", "telemovel novo", "telefone novo", "meu celular", "meu telemóvel", "meu telemovel", "no meu", "backup", "cartão sim", "chip", "novos")
    $benign   = @benign_context
    $aware    = @awareness
  }
  when   $screens then(($your then($people, 1)), 3) | $saved then(($list then(($your then($network, 1)), 2)), 1)
  unless $phone
  unless $benign
  unless $aware
  example        "tirei print de todos os teus seguidores"
  example        "tenho prints da tua lista de amigos e da tua família"
  example        "salvei todos os teus contatos"
  example        "já tenho os prints de todos os teus contactos"
  counterexample "tirei print da foto do casamento pra tua família"
  counterexample "salvei o teu número no meu telemóvel"
  counterexample "salvei os teus contatos novos no meu celular"
  counterexample "guardei lugar pros teus amigos na primeira fila"
}

rule PT_FRIENDS_HAVE_NETWORK {
  category    friends_listing
  weight      1.5
  description "A claim to hold the reader's follower, friend or contact list"
  terms {
    $have    = @pt_have
    $your    = @pt_your
    $network = @pt_network_nouns
    $list    = @pt_list_of
    $benign  = @benign_context
    $aware   = @awareness
  }
  when   $have then(($your then($network, 1)), 3) | $have then(($list then(($your then($network, 1)), 2)), 2)
  unless $benign
  unless $aware
  example        "tenho todos os teus seguidores"
  example        "já tenho a tua lista de contatos"
  example        "tenho acesso aos seus contactos"
  example        "já tenho a lista de todos os seus seguidores"
  counterexample "ainda tens os meus contatos no telemóvel antigo?"
  counterexample "os teus seguidores vão adorar isto"
}

rule PT_FRIENDS_FOUND_CIRCLE {
  category    friends_listing
  weight      1.2
  description "A claim to have found or identified the reader's family and friends"
  terms {
    $found  = @pt_found
    $your   = @pt_your
    $circle = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns, @pt_place_nouns)
    $where  = any("no bar", "na festa", "lá fora", "la fora", "na rua", "no café", "no cafe", "na estação", "no shopping", "no centro comercial", "à porta", "na porta", "estão bem", "estao bem", "tão bem", "do futebol", "da escola", "do trabalho", "do ginásio", "da faculdade", "da igreja", "de vista", "há anos", "ha anos", "no supermercado", "no mercado")
    $aware  = @awareness
  }
  when   $found then(($your then($circle, 1)), 3)
  unless $where
  unless $aware
  example        "encontrei a tua família no facebook"
  example        "já sei quem são os teus pais"
  example        "descobri quem é a tua namorada"
  counterexample "encontrei os teus amigos no bar, estão bem"
  counterexample "conheço o teu irmão do futebol"
}

rule PT_FRIENDS_RELATIVE_ROLL {
  category    friends_listing
  weight      1.2
  description "A roll-call of the reader's parents, siblings and friends in one message"
  terms {
    $your    = @pt_your
    $parent  = @pt_parent_nouns
    $sibling = @pt_sibling_nouns
    $friend  = any(@pt_friend_nouns, @pt_partner_nouns, @pt_place_nouns)
    $polite  = @pt_greeting
    $aware   = @awareness
  }
  when   ($your then($parent, 0)) & ($your then($sibling, 0)) & ($your then($friend, 1))
  unless $polite
  unless $aware
  example        "tua mãe Cláudia, teu irmão Rafael e tua namorada Bia"
  example        "a tua mãe é a Sandra, a tua irmã é a Inês e o teu melhor amigo é o Tiago"
  counterexample "manda beijinhos à tua mãe, à tua irmã e ao teu namorado"
  counterexample "a tua mãe e o teu irmão chegam às seis"
}

rule PT_FRIENDS_IS_THIS_YOUR {
  category    friends_listing
  weight      1.0
  description "Checking a name against the reader's family (\"essa é a tua irmã?\")"
  terms {
    $ask    = @pt_is_this
    $person = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns)
    $photo  = any("foto", "fotos", "fotografia", "vídeo do casamento", "telefone", "a ligar", "ligando", "à porta", "na porta", "lá fora", "a chegar", "chegando", "carro")
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $ask then($person, 0)
  unless $photo
  unless $benign
  unless $aware
  example        "essa é a tua irmã? Mariana Costa"
  example        "esse é o seu pai né? Roberto Alves"
  counterexample "essa é a tua mãe na foto do casamento?"
  counterexample "esse é o teu pai ao telefone?"
}

"""#),
        (path: "pt/grooming.rules", text: #"""
# grooming (Portuguese, BR and PT): secrecy, isolation, risk checks and age probing.
# Surprise parties and pregnancy news are secrets too, so secrecy rules stand down in that context.

rule PT_GROOM_SECRECY {
  category    grooming
  weight      0.8
  description "Asking to keep the conversation secret or to delete it (\"é o nosso segredo\")"
  terms {
    $secret = @pt_secrecy
    $happy  = any("surpresa", "festa", "grávida", "gravida", "noivado", "noivos", "noivei", "presente", "prenda", "aniversário", "aniversario", "pedido de casamento", "casamento", "bebé", "bebê", "bebe", "promoção", "promocao", "natal", "spoiler", "spoilers", "para ganhar", "pra ganhar", "receita", "torneio", "jogo")
    $aware  = @awareness
  }
  when   $secret
  unless $happy
  unless $aware
  example        "isto é o nosso segredo"
  example        "não contes a ninguém sobre nós, ok?"
  example        "apaga a conversa depois"
  counterexample "não contes a ninguém mas estou grávida!!"
  counterexample "fica entre nós, é a festa surpresa da Joana"
}

rule PT_GROOM_HIDE_FROM_PARENTS {
  category    grooming
  weight      1.3
  description "Keeping parents, family, school or police out of it (\"não contes aos teus pais\")"
  terms {
    $dont    = @pt_dont_tell
    $your    = @pt_your
    $family  = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_place_nouns)
    $police  = @pt_police
    $explain = @pt_parents_dont_know
    $happy   = any("surpresa", "festa", "presente", "prenda", "aniversário", "aniversario", "grávida", "gravida", "noivado", "nota", "notas", "teste", "multa", "natal", "jantar")
    $aware   = @awareness
  }
  when   $dont then(($your then($family, 1)), 2) | $dont then($police, 2) | $explain
  unless $happy
  unless $aware
  example        "não contes aos teus pais sobre mim"
  example        "seus pais não iam entender. não deixa a tua mãe ver"
  example        "não fala nada pra polícia"
  counterexample "não contes à tua mãe da festa surpresa"
  counterexample "avisa os teus pais que vais chegar tarde"
}

rule PT_GROOM_ALONE_CHECK {
  category    grooming
  weight      0.9
  description "Checking whether the reader is alone and unobserved (\"estás sozinha?\")"
  terms {
    $alone = @pt_alone
    $chore = any("encomenda", "entrega", "estafeta", "portão", "portao", "campainha", "chave", "chaves", "jantar", "boleia", "carona", "ajuda", "canalizador", "encanador", "cão", "cao", "cachorro", "na porta", "lá em baixo", "correio", "carteiro", "visita", "passar aí", "passar ai", "pizza", "cinema", "almoço", "almoco", "café", "cafe", "trabalho", "escritório", "escritorio", "loja", "turno")
    $aware = @awareness
  }
  when   $alone
  unless $chore
  unless $aware
  example        "estás sozinha?"
  example        "tem alguém contigo agora?"
  example        "teus pais já dormiram? tranca a porta"
  counterexample "estou sozinha em casa hoje, o Rui foi viajar"
  counterexample "tem alguém aí? estou à porta com a tua encomenda"
}

rule PT_GROOM_AGE_PROBE {
  category    grooming
  weight      0.6
  description "Asking the reader's age, school or school year (\"quantos anos tens?\")"
  terms {
    $age   = @pt_age
    $ok    = any("carro", "cão", "cao", "cachorro", "gato", "casa", "aniversário", "aniversario", "faz", "fazes", "vais fazer", "vai fazer", "bolo", "festa", "filho", "filha", "bebé", "bebê", "neto", "neta", "sobrinho", "sobrinha", "irmão", "irmã", "mãe", "pai", "avó", "avô", "prédio", "predio", "vinho", "computador", "telemóvel", "celular", "há quantos anos", "ha quantos anos", "faz quantos anos", "casados", "namoram", "trabalhas", "trabalha")
    $aware = @awareness
  }
  when   $age
  unless $ok
  unless $aware
  example        "quantos anos tens?"
  example        "vc tem quantos anos"
  example        "em que escola andas?"
  counterexample "quantos anos tem o teu carro?"
  counterexample "quantos anos vais fazer? há festa?"
}

rule PT_GROOM_FLATTERY_DEVICE {
  category    grooming
  weight      1.0
  description "Flattery that sets the reader apart, or probing who else sees the reader's phone"
  terms {
    $flatter = @pt_flattery
    $device  = @pt_device_risk
    $ok      = any("biblioteca", "escritório", "escritorio", "sala de aula", "avariado", "avariada", "quebrado", "impressora", "trabalho")
    $aware   = @awareness
  }
  when   $flatter | $device
  unless $ok
  unless $aware
  example        "és muito madura para a tua idade"
  example        "a idade é só um número"
  example        "os teus pais veem o teu telemóvel?"
  counterexample "ele cresceu muito desde a faculdade"
  counterexample "o computador partilhado da biblioteca está avariado"
}

"""#),
        (path: "pt/image_request.rules", text: #"""
# image_request (Portuguese, BR and PT): asking for intimate images or acts, often traded.
# "Manda foto do cardápio" is ordinary: the generic request weighs 0.5 and stands down when the
# picture is of something everyday; explicit requests weigh more but alone stay below medium,
# because flirting between adults is not extortion.

rule PT_IMAGE_SEND_PIC {
  category    image_request
  weight      0.5
  description "A request for a picture or video of the reader (\"manda uma foto tua\")"
  terms {
    $ask      = any(@pt_pic_ask, @pt_send_me)
    $pic      = @pt_pic_words
    $direct   = @pt_pic_direct
    $everyday = @pt_benign_subjects
    $explicit = @pt_explicit_requests
    $aware    = @awareness
  }
  when   $ask then($pic, 2) | $direct
  unless $everyday
  unless $explicit
  unless $aware
  example        "manda uma foto"
  example        "me mostra uma foto tua"
  example        "posso ver uma selfie?"
  counterexample "manda foto do cardápio"
  counterexample "a minha mãe quer as fotos do casamento"
  counterexample "manda-me a foto do comprovante"
}

rule PT_IMAGE_EXPLICIT_REQUEST {
  category    image_request
  weight      1.4
  description "A request for nudes or explicit images (\"manda nudes\", \"mostra o teu corpo\")"
  terms {
    $ask   = @pt_explicit_requests
    $aware = @awareness
  }
  when   $ask
  unless $aware
  example        "manda nudes"
  example        "mostra o teu corpo"
  example        "tens nudes? manda foto sem roupa"
  counterexample "Nunca mandes nudes a quem conheceste online; se alguém te pedir, fala com um adulto de confiança."
  counterexample "ficaste linda com esse vestido ontem"
}

rule PT_IMAGE_ACT_ON_CAM {
  category    image_request
  weight      1.4
  description "A request to undress or perform sexual acts on camera (\"tira a roupa\", \"toca-te\")"
  terms {
    $act      = @pt_cam_acts
    $explicit = @pt_explicit_requests
    $laundry  = any("varal", "estendal", "máquina", "maquina", "secadora", "corda", "da cama", "mala", "cesto", "do chão", "do chao", "molhada", "molhado", "lavar", "passar a ferro", "calor", "frio", "suja", "sujo", "chuva", "vai chover", "chover")
    $aware    = @awareness
  }
  when   $act
  unless $explicit
  unless $laundry
  unless $aware
  example        "tira a roupa"
  example        "agora toca-te pra mim"
  example        "desce a câmara e abre as pernas"
  counterexample "tira a roupa do estendal que vai chover"
  counterexample "tira os sapatos antes de entrar"
}

rule PT_IMAGE_TRADE {
  category    image_request
  weight      1.2
  description "Trading images (\"eu mostro se me mostrares\", \"agora é a tua vez\")"
  terms {
    $trade    = @pt_trade
    $explicit = any(@pt_explicit_requests, @pt_cam_acts)
    $toys     = any("bicicleta", "bike", "desenho", "trabalho de casa", "tpc", "cartas", "cromos", "figurinhas", "jardim", "quarto", "roupa", "fantasia", "bolo", "unhas", "cabelo", "tatuagem", "jogar", "jogo", "dado", "dados", "escolher", "filme", "série", "serie", "pagar", "rodada", "conduzir", "dirigir", "lavar", "cozinhar", "carro", "casa")
    $aware    = @awareness
  }
  when   $trade
  unless $explicit
  unless $toys
  unless $aware
  example        "eu mostro se me mostrares"
  example        "já mandei a minha, agora manda a tua"
  example        "foto por foto?"
  counterexample "mostrei-te a minha bicicleta nova, agora é a tua vez"
  counterexample "agora é a tua vez de escolher o filme"
}

rule PT_IMAGE_FACE_OR_MORE {
  category    image_request
  weight      0.9
  description "Asking for the face in the picture, or pressing for more with reassurance (\"só mais uma, ninguém vai ver\")"
  terms {
    $face     = @pt_face_proof
    $more     = @pt_more_requests
    $explicit = any(@pt_explicit_requests, @pt_cam_acts)
    $everyday = any(@pt_benign_subjects, "fatia", "episódio", "episodio", "cerveja", "rodada", "copo", "tentativa", "partida", "capítulo", "capitulo", "música", "musica", "porta", "passaporte", "cartão de cidadão", "identidade", "banco", "verificar a conta", "foto de perfil", "reunião", "reuniao", "volta", "vez", "perguntar", "pedir ajuda", "falar", "dizer", "dançar", "dancar", "cantar")
    $aware    = @awareness
  }
  when   $face | $more
  unless $explicit
  unless $everyday
  unless $aware
  example        "manda uma com a tua cara"
  example        "só mais uma. ninguém vai ver"
  example        "não tenhas vergonha, é só pra mim"
  counterexample "só mais um episódio e vou dormir"
  counterexample "posso comer só mais uma fatia de bolo?"
}

"""#),
        (path: "pt/intimidation.rules", text: #"""
# intimidation (Portuguese, BR and PT): credibility props and fear. Threat idioms ("a tua mãe
# vai-te matar") are common in banter, so harm threats alone stay below medium.

rule PT_INTIM_POLICE_USELESS {
  category    intimidation
  weight      1.3
  description "Claims that the police cannot find the offender or help the reader"
  terms {
    $police = @pt_police
    $futile = @pt_police_futility
    $petty  = any("bicicleta", "barulho", "vizinhos", "vizinho", "carro", "estacionamento", "assalto", "roubo", "roubaram", "furto", "assaltaram", "multa", "garagem", "arrombaram", "telemóvel roubado", "celular roubado", "mota", "moto")
    $aware  = @awareness
  }
  when   $police near($futile, 4)
  unless $petty
  unless $aware
  example        "a polícia não pode fazer nada"
  example        "vai à polícia, eles não te podem ajudar"
  example        "os canas nunca me vão encontrar"
  counterexample "a polícia não pode fazer nada quanto ao barulho dos vizinhos"
  counterexample "a polícia foi ótima, encontraram a minha bicicleta"
}

rule PT_INTIM_UNTRACEABLE {
  category    intimidation
  weight      1.4
  description "Claims to be out of reach (\"não estou no teu país\", \"esta conta é falsa\")"
  terms {
    $away  = @pt_untraceable
    $trip  = any("próxima semana", "proxima semana", "férias", "ferias", "volto", "regresso", "viagem", "cuidado", "denuncia", "bloqueia")
    $aware = @awareness
  }
  when   $away
  unless $trip
  unless $aware
  example        "não estou no teu país"
  example        "não me consegues rastrear, esta conta é falsa"
  example        "nunca vais me encontrar"
  counterexample "não estou no país na próxima semana, volto dia 12"
  counterexample "não encontro as minhas chaves em lado nenhum"
}

rule PT_INTIM_DONT_BLOCK {
  category    intimidation
  weight      2.0
  description "Blocking, ignoring or leaving punished with exposure (\"se me bloqueares, publico tudo\")"
  terms {
    $block = any(@pt_block_only, @pt_escape_conditions)
    $then  = any(@pt_i_will_send, @pt_publish_verbs, @pt_everyone_sees, @pt_or_post, @pt_going_over, @pt_goes_online)
    $your  = @pt_your
    $close = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns)
    $joke  = any("lembrete", "kk", "haha", "hahaha", "rsrs", "rsrsrs", "brincadeira", "a brincar", "brincando", "amanhã falamos", "email", "e-mail", "relatório", "relatorio", "resumo", "trabalho")
    $aware = @awareness
  }
  when   $block near($then, 8) | $block near(($your then($close, 1)), 8)
  unless $joke
  unless $aware
  example        "não me bloqueies ou eu publico tudo"
  example        "se me ignorares toda a gente vai ver"
  example        "me bloqueia e o vídeo vai pra toda a tua família"
  counterexample "não me bloqueies kkk era só brincadeira"
  counterexample "se me ignorares mando-te um lembrete amanhã"
  counterexample "não me ignores, mando-te o relatório amanhã cedo"
}

rule PT_INTIM_FALSE_REPORT {
  category    intimidation
  weight      2.0
  description "Threats to brand or report the reader as a paedophile or sex offender"
  terms {
    $accuse = @pt_accusers
    $label  = @pt_accusation_labels
    $news   = any("notícia", "noticia", "notícias", "noticias", "jornal", "preso", "presa", "detido", "condenado", "tribunal", "documentário", "reportagem", "filme", "série", "serie", "prenderam")
    $joke   = any("kk", "haha", "hahaha", "rsrs", "rsrsrs", "xadrez", "fifa", "poker", "jogo")
    $aware  = @awareness
  }
  when   $accuse near($label, 4)
  unless $news
  unless $joke
  unless $aware
  example        "vou te denunciar à polícia como pedófilo"
  example        "vou dizer a todos que és um predador"
  example        "todo mundo vai saber que você é um abusador de menores"
  counterexample "prenderam um pedófilo em Braga, deu no jornal"
  counterexample "vou dizer a todos que és um predador no poker kkk"
}

rule PT_INTIM_HARM {
  category    intimidation
  weight      1.2
  description "Threats of harm or jail, knowing where the reader lives, underage framing, removed options"
  terms {
    $harm  = @pt_harm
    $joke  = any("kk", "haha", "hahaha", "rsrs", "rsrsrs", "lol", "a tua mãe vai", "sua mãe vai", "a mãe vai", "se chegares atrasado", "se chegar atrasado", "se comeres", "festa", "se não vieres", "se não vier", "se nao vieres", "se não fores", "jantar", "bolo", "cerveja", "comprar", "entrar", "bar", "discoteca", "balada", "beber", "carta", "conduzir", "votar", "tatuagem", "encomenda", "chaves", "boleia", "carona", "pizza", "passo aí", "passo ai", "vou passar", "buscar")
    $aware = @awareness
  }
  when   $harm
  unless $joke
  unless $aware
  example        "sei onde moras"
  example        "vais-te arrepender disto. não tens escolha"
  example        "sou menor de idade, mandaste fotos a uma menor"
  counterexample "vais te arrepender se não vieres à festa kkk"
  counterexample "não posso comprar cerveja, sou menor de idade"
}

"""#),
        (path: "pt/payment_demand.rules", text: #"""
# payment_demand (Portuguese, BR and PT): a demand for money, with an amount or a payment rail.
# Friends settle up by Pix and MB Way all day, so a bare amount after "manda" or a rail after
# "paga" stays low; a demand hinged on a threatening "ou ..." or "quero <valor>" weighs more.
# Amounts: entity(money) covers "R$ 500", "500 reais", "500€", "500 euros"; slang units ("500 paus",
# "2 mil") are a number followed by @pt_money_units; amounts in words are in @pt_spelled_amounts.

rule PT_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"paga R$ 500 ou isso vai parar no Facebook\")"
  terms {
    $pay    = any(@pt_pay_verbs, @pt_send_me, @pt_want, @pt_pay_rails)
    $amount = any(entity(money), @pt_spelled_amounts)
    $num    = entity(number)
    $unit   = @pt_money_units
    $pixof  = @pt_pix_of
    $orelse = any(@pt_or_else, @pt_or_post, @pt_or_goes)
    $or     = any("ou", "senão", "senao")
    $your   = @pt_your
    $close  = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns, @pt_place_nouns)
    $learn  = @pt_learn
    $owed   = @pt_everyday_money
    $joke   = any("kk", "haha", "hahaha", "rsrs", "rsrsrs", "brincadeira", "a brincar", "cara feia")
    $aware  = @awareness
  }
  when   ($pay near($amount, 3) & $amount near($orelse, 4)) | ($pay near(($num then($unit, 0)), 3) & $num near($orelse, 5)) | (($pixof then($num, 0)) near($orelse, 5))
         | ($pay near($amount, 3) & $amount near(($or then(($your then(($close then($learn, 1)), 1)), 1)), 4))
  unless $owed
  unless $joke
  unless $aware
  example        "paga R$ 500 ou isso vai parar no Facebook"
  example        "paga 500€ ou isto vai para o Facebook"
  example        "faz um pix de 1000 reais agora senão já era"
  example        "transfere 2 mil ou eu publico tudo"
  example        "manda 300 paus ou mando o vídeo pra tua família"
  example        "faz o pix de 500 agora, senão seu vídeo vai pra sua família toda"
  example        "R$ 300 no pix ou o vídeo vai pro seu insta"
  example        "manda 500 reais ou os teus pais recebem o vídeo"
  counterexample "paga-me os 20 euros que me deves ou então traz o vinho"
  counterexample "manda 50 reais pro Pedro ou então paga tu a pizza"
  counterexample "Se te disserem 'paga 500€ ou publico tudo', não pagues e fala com um adulto de confiança."
  counterexample "paga os 30€ da multa senão vai a dobrar"
  counterexample "paga-me já os 20 euros senão vais ver a minha cara feia kkkk"
}

rule PT_PAY_WANT_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A first-person demand for an amount (\"quero R$ 500\", \"só aceito mil euros\")"
  terms {
    $want   = @pt_want
    $amount = any(entity(money), @pt_spelled_amounts)
    $num    = entity(number)
    $unit   = @pt_money_units
    $ctx    = @pt_everyday_money
    $aware  = @awareness
  }
  when   $want then($amount, 2) | $want then(($num then($unit, 0)), 2)
  unless $ctx
  unless $aware
  example        "Quero R$ 500."
  example        "quero 500€ até amanhã"
  example        "só aceito mil reais, nem um a menos"
  example        "eu exijo 2 mil euros"
  counterexample "preciso de 20 reais para o uber"
  counterexample "quero os meus 10€ de volta, caloteiro"
  counterexample "quero 2 bilhetes para sábado"
}

rule PT_PAY_SEND_AMOUNT {
  category    payment_demand
  weight      1.0
  description "An imperative to pay or send an amount, with no everyday reason nearby"
  terms {
    $pay    = any(@pt_pay_verbs, @pt_send_me)
    $amount = any(entity(money), @pt_spelled_amounts)
    $num    = entity(number)
    $unit   = @pt_money_units
    $pixof  = @pt_pix_of
    $ctx    = @pt_everyday_money
    $aware  = @awareness
  }
  when   $pay then($amount, 2) | $pay then(($num then($unit, 0)), 2) | $pixof then($num, 0)
  unless $ctx
  unless $aware
  example        "manda 200 reais agora"
  example        "transfere 300€ hoje"
  example        "deposita mil reais nesta conta"
  example        "me manda 500 pila"
  example        "quero um pix de 400 hoje"
  counterexample "depois mando-te os 5€ do café que te devo"
  counterexample "paga tu os 40€ de gasolina e depois dividimos"
  counterexample "ele mandou 20 mensagens seguidas"
  counterexample "faz um pix de 25 pro João da pizza"
}

rule PT_PAY_RAIL_DEMAND {
  category    payment_demand
  weight      0.8
  description "An instruction to pay through a named rail (Pix, MB Way, gift card, crypto), or chasing the money"
  terms {
    $pay   = any(@pt_pay_verbs, @pt_send_me, @pt_want)
    $rail  = any(@pt_pay_rails, @payment_rails, @gift_cards, @crypto)
    $chase = @pt_pay_chase
    $ctx   = @pt_everyday_money
    $aware = @awareness
  }
  when   $pay near($rail, 3) | $chase
  unless $ctx
  unless $aware
  example        "manda por pix agora, a chave é este número"
  example        "paga com cartão presente da steam e manda o código"
  example        "cadê o dinheiro? tô esperando"
  example        "quero em bitcoin, nada de transferência"
  counterexample "amanhã faço-te o mb way do jantar"
  counterexample "o multibanco aqui da rua está avariado"
  counterexample "cadê o pix da vaquinha do churrasco?"
}

rule PT_PAY_OR_ELSE_NO_AMOUNT {
  category    payment_demand
  weight      1.5
  description "A payment demand hinged on a threat with no amount (\"paga ou eu publico\"), or a promise to delete once paid"
  terms {
    $pay    = @pt_pay_hinge
    $orelse = any(@pt_or_else, @pt_or_post, @pt_or_goes)
    $or     = any("ou", "senão", "senao")
    $your   = @pt_your
    $close  = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns, @pt_place_nouns)
    $learn  = @pt_learn
    $delete = @pt_delete_promise
    $paid   = any(@pt_delete_paid, @pt_pay_rails, entity(money))
    $owed   = @pt_everyday_money
    $files  = any("app", "aplicação", "aplicativo", "ficheiro", "arquivo", "rascunho", "spam", "repetidas", "desfocadas", "tremidas", "duplicadas", "fatura", "recibo")
    $joke   = any("kk", "haha", "hahaha", "rsrs", "rsrsrs", "brincadeira", "a brincar", "cara feia")
    $aware  = @awareness
  }
  when   $pay then($orelse, 3) | $pay then(($or then(($your then(($close then($learn, 1)), 1)), 1)), 3) | $delete near($paid, 6)
  unless $owed
  unless $files
  unless $joke
  unless $aware
  example        "paga ou eu publico tudo"
  example        "me paga ou todo mundo vai ver"
  example        "faz o pix e eu apago tudo"
  example        "assim que pagares, apago o vídeo"
  example        "faz o pix ou seus pais recebem o vídeo ainda hoje"
  counterexample "paga a conta da luz senão cortam-nos a luz"
  counterexample "apago as fotos desfocadas depois de pagar a revelação"
  counterexample "paga tu hoje e amanhã pago eu"
  counterexample "pagas tu ou o teu pai paga amanhã?"
}

"""#),
        (path: "pt/platform_move.rules", text: #"""
# platform_move (Portuguese, BR and PT): moving the chat to another app or to live video.
# Friends swap "zap" numbers and video call all the time, so every rule here is weak (<= 1.0).

rule PT_PLATFORM_ADD_ME_ON {
  category    platform_move
  weight      0.6
  description "An invitation to continue on another chat app (\"me adiciona no snap\", \"bora pro zap\")"
  terms {
    $move  = @pt_move
    $app   = any(@chat_platforms, @messaging_apps, @snap, @pt_messaging, @pt_private_channels)
    $aware = @awareness
  }
  when   $move then($app, 2)
  unless $aware
  example        "me adiciona no snap"
  example        "bora pro zap"
  example        "chama-me no telegram"
  example        "me chama no pv"
  counterexample "adicionei as fotos ao álbum partilhado"
  counterexample "o snap esteve em baixo a manhã toda"
}

rule PT_PLATFORM_ASK_HANDLE {
  category    platform_move
  weight      0.5
  description "Asking whether the reader has, or what their handle is on, another app"
  terms {
    $ask   = any(@pt_ask_handle, @pt_you_have)
    $app   = any(@chat_platforms, @messaging_apps, @snap, @pt_messaging)
    $aware = @awareness
  }
  when   $ask then($app, 1)
  unless $aware
  example        "tens snap?"
  example        "qual é o teu insta?"
  example        "você tem whatsapp?"
  counterexample "o skype hoje está tão lento"
  counterexample "te mando o endereço pelo zap"
}

rule PT_PLATFORM_VIDEO_CALL {
  category    platform_move
  weight      0.4
  description "Moving to live video or camera (\"chamada de vídeo\", \"liga a câmara\")"
  terms {
    $video = @pt_video
    $aware = @awareness
  }
  when   $video
  unless $aware
  example        "bora fazer uma chamada de vídeo"
  example        "liga a câmara pra mim"
  example        "vamos de cam?"
  counterexample "o vídeo do jogo ficou ótimo"
  counterexample "o rolo da câmara está cheio outra vez"
}

rule PT_PLATFORM_PRIVATE_CHANNEL {
  category    platform_move
  weight      1.0
  description "A move justified by privacy: disappearing messages, secret chats, nobody watching"
  terms {
    $app     = any(@chat_platforms, @messaging_apps, @snap, @pt_messaging, @pt_private_channels, @pt_move, "app", "aplicativo", "aplicação", "conversa", "chat")
    $private = @pt_private_reasons
    $booking = any("sala", "mesa", "reserva", "quarto", "festa", "aula", "estacionamento", "praia", "piscina", "restaurante", "jantar")
    $aware   = @awareness
  }
  when   $app near($private, 6)
  unless $booking
  unless $aware
  example        "vamos pro telegram, é mais seguro"
  example        "me adiciona no snap, as mensagens somem e ninguém vê"
  example        "usa o chat secreto do telegram pra ninguém ler"
  counterexample "reservámos uma sala mais privada no restaurante"
  counterexample "o mágico fez a moeda desaparecer"
}

rule PT_PLATFORM_LEAVE_SITE {
  category    platform_move
  weight      0.8
  description "Talking the reader off the current site, or pushing one's own handle (\"quase não entro aqui\")"
  terms {
    $off   = @pt_off_site
    $aware = @awareness
  }
  when   $off
  unless $aware
  example        "quase não entro aqui, tens snap?"
  example        "meu snap é joao_2008, me add"
  example        "aqui não dá pra falar, vamos conversar em outro lugar"
  counterexample "esta app está sempre a ir abaixo, vou reinstalar"
  counterexample "já quase não uso o facebook"
}

"""#),
        (path: "pt/publish_threat.rules", text: #"""
# publish_threat (Portuguese, BR and PT): a threat to publish the material or send it to the
# reader's circle. Posting the wedding photos on the Face is ordinary life: the strong rules need a
# "vai parar no ..." framing, explicit material, a condition, or the reader's whole circle.

rule PT_PUB_GOING_OVER {
  category    publish_threat
  weight      2.5
  description "Material that \"vai parar no Facebook\" or \"vai cair na net\", or spread \"por toda a internet\" or the reader's circle"
  terms {
    $over     = @pt_going_over
    $allover  = @pt_all_over
    $platform = any(@publish_platforms, @messaging_apps, @snap, @porn_sites, @pt_publish_places, @pt_messaging)
    $your     = @pt_your
    $circle   = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns, @pt_place_nouns)
    $everyone = @pt_everyone
    $benign   = @benign_context
    $work     = any("meme", "memes", "piada", "piadas", "figurinha", "figurinhas", "sticker", "stickers", "loja", "marca", "cliente", "clientes", "orçamento", "orcamento", "patrocinado", "empresa nova", "vaga", "vagas", "currículo")
    $aware    = @awareness
  }
  when   $over then($platform, 1) | $allover then($platform, 1) | $allover then(($your then($circle, 1)), 1) | $allover then($everyone, 1)
  unless $benign
  unless $work
  unless $aware
  example        "paga R$ 500 ou isso vai parar no Facebook"
  example        "as tuas fotos vão cair na net hoje"
  example        "o vídeo vai parar no grupo da família"
  example        "vou espalhar pela internet toda"
  example        "vai parar nas redes sociais e na escola toda"
  counterexample "as fotos do casamento vão parar no Facebook, a noiva pediu"
  counterexample "o anúncio da loja vai parar no Instagram amanhã"
  counterexample "vou publicar as fotos das férias no Face amanhã"
  counterexample "o link da vaquinha está a espalhar-se por todo o facebook"
  counterexample "esse meme vai parar no twitter com certeza"
}

rule PT_PUB_EXPLICIT_MATERIAL {
  category    publish_threat
  weight      2.5
  description "Publishing or distributing explicit material (\"vou vazar os teus nudes\")"
  terms {
    $verb     = any(@pt_publish_verbs, @pt_i_will_send, @pt_i_send, @pt_everyone_sees, @pt_going_over, @pt_goes_online)
    $material = any(@pt_explicit_material, @explicit_material)
    $flirt    = any(@pt_explicit_requests, @pt_trade)
    $aware    = @awareness
  }
  when   $verb near($material, 5)
  unless $flirt
  unless $aware
  example        "vou vazar os teus nudes"
  example        "vou postar teu vídeo pelado na net"
  example        "todo mundo vai ver tuas fotos íntimas"
  example        "mando o vídeo de você se masturbando pro teu pai"
  counterexample "Se alguém ameaçar divulgar os teus nudes, não pagues e denuncia."
  counterexample "vou postar as fotos da pelada de domingo"
  counterexample "manda nudes amor, eu mostro se me mostrares"
}

rule PT_PUB_TO_CIRCLE {
  category    publish_threat
  weight      1.5
  description "A promise to send or show it to the reader's family, friends, school, work or everyone they know, or to put it online"
  terms {
    $threat   = any(@pt_i_will_send, @pt_i_send, @pt_publish_verbs)
    $your     = @pt_your
    $circle   = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_network_nouns, @pt_place_nouns)
    $everyone = @pt_everyone
    $refs     = any(@pt_material_refs, @pt_media, @pt_explicit_material, @explicit_material)
    $goes     = @pt_goes_to
    $put      = @pt_put_verbs
    $online   = @pt_online_places
    $goesto   = @pt_goes_online
    $learn    = @pt_learn
    $platform = any(@publish_platforms, @messaging_apps, @snap, @porn_sites, @pt_publish_places, @pt_messaging)
    $benign   = @benign_context
    $chore    = any("avisar", "a avisar", "avisando", "recado", "lembrete", "morada", "endereço", "endereco", "localização", "horário", "horario", "parabéns", "parabens", "beijinhos", "beijos", "email", "e-mail", "jantar", "consulta", "reunião", "reuniao", "fatura", "orçamento", "orcamento", "proposta", "relatório", "relatorio", "aprovar", "rever", "assinar", "currículo", "contrato", "documento", "documentos", "meme", "memes")
    $aware    = @awareness
  }
  when   $threat then(($your then($circle, 1)), 6) | $threat then($everyone, 4) | $refs then(($goes then(($your then($circle, 1)), 3)), 1)
         | $put then(($refs then($online, 2)), 1) | $goesto then($platform, 1)
         | ($your then(($circle then($learn, 1)), 1)) then($refs, 2)
  unless $benign
  unless $chore
  unless $aware
  example        "vou mandar o vídeo pra todos os teus amigos"
  example        "envio tudo para a tua família e para a tua escola"
  example        "vou mostrar isso pra sua namorada"
  example        "vou enviar as fotos para todo mundo que você conhece"
  example        "os teus nudes vão para todos os teus seguidores"
  example        "vou jogar teu vídeo na net"
  example        "vou marcar todos os seus amigos no vídeo"
  example        "isto vai para o Facebook e para o Instagram hoje"
  example        "seus pais recebem o vídeo ainda hoje"
  counterexample "vou mandar as fotos do casamento pra tua mãe"
  counterexample "mando o convite da festa pra todos os teus amigos"
  counterexample "vou mandar mensagem à tua mãe a avisar que chegaste"
  counterexample "as fotos do batizado vão pra tua avó amanhã"
  counterexample "vou colocar as fotos da viagem no face"
  counterexample "vou marcar um jantar com os teus pais"
  counterexample "vou mandar a fatura para o teu chefe aprovar"
  counterexample "os teus pais veem o boletim amanhã?"
}

rule PT_PUB_CONDITIONAL {
  category    publish_threat
  weight      2.0
  description "Publishing made conditional on paying, replying or keeping quiet, or an \"ou eu publico\" ultimatum"
  terms {
    $cond   = any(@pt_pay_conditions, @pt_escape_conditions)
    $threat = any(@pt_publish_verbs, @pt_i_will_send, @pt_i_send, @pt_everyone_sees, @pt_going_over, @pt_goes_online, @pt_all_over)
    $orpost = @pt_or_post
    $owed   = @pt_everyday_money
    $mail   = any("lembrete", "email", "e-mail", "correio", "carta", "por mensagem", "wetransfer", "pen", "drive", "fatura", "recibo")
    $aware  = @awareness
  }
  when   $cond then($threat, 8) | $threat then($cond, 6) | $orpost
  unless $owed
  unless $mail
  unless $aware
  example        "se não pagares até amanhã, toda a gente vai ver"
  example        "se me bloqueares eu publico tudo"
  example        "paga ou eu posto"
  example        "vou espalhar tudo a não ser que pagues"
  example        "se você não pagar, vou mandar o vídeo pra todo mundo"
  counterexample "se não pagares a conta eu envio-te um lembrete"
  counterexample "se não te importares, publico as fotos da festa hoje"
  counterexample "se me ignorares eu mando-te um e-mail, ok?"
}

rule PT_PUB_RUIN_EXPOSE {
  category    publish_threat
  weight      1.5
  description "A promise to expose or ruin the reader, or a taunt about who will see (\"vou acabar com a tua vida\", \"quer que eles vejam?\")"
  terms {
    $will  = @pt_threat_will
    $ruin  = @pt_ruin
    $done  = @pt_ruin_done
    $see   = @pt_want_see
    $your  = @pt_your
    $close = any(@pt_parent_nouns, @pt_sibling_nouns, @pt_partner_nouns, @pt_friend_nouns, @pt_place_nouns)
    $love  = @pt_love_see
    $house = any("casa nova", "apartamento", "jardim", "cozinha", "quarto novo", "resultado", "resultados", "notas", "primeiro", "primeira", "vestido", "bolo", "festa", "casamento", "bebé", "bebê", "carro novo")
    $idea  = any("ideia", "plano", "proposta", "projeto", "projecto", "situação", "situacao", "argumentos", "tese", "quadros", "obras", "exposição", "galeria", "o assunto", "a matéria", "sol")
    $aware = @awareness
  }
  when   $will then($ruin, 2) | $done | $see | ($your then($close, 1)) then($love, 2)
  unless $idea
  unless $house
  unless $aware
  example        "vou acabar com a tua vida"
  example        "eu vou te expor pra todo mundo"
  example        "a tua vida acabou"
  example        "posso destruir sua vida com um clique"
  example        "quer que eles vejam?"
  example        "seu pai vai adorar ver isso"
  counterexample "esse chefe vai acabar com a minha vida"
  counterexample "não deixes esse curso destruir a tua vida"
  counterexample "amanhã vou te expor o plano todo na reunião"
  counterexample "queres que a tua família veja a casa nova primeiro?"
}

"""#),
        (path: "pt/recording_claim.rules", text: #"""
# recording_claim (Portuguese, BR and PT): a claim to hold compromising material, or to have
# hacked a device to get it. "Gravei o jogo" and "tenho as tuas fotos do casamento" are ordinary:
# the strong rules need explicit material, malware or hacking, or a recording of "você" / "a chamada".

rule PT_REC_EXPLICIT_MATERIAL {
  category    recording_claim
  weight      2.5
  description "A claim to hold explicit material of the reader (\"tenho os teus nudes\", \"gravei você pelado\")"
  terms {
    $have     = any(@pt_have, @pt_screens, @pt_saved, @pt_recorded, @pt_recorded_complete)
    $material = any(@pt_explicit_material, @explicit_material)
    $baby     = any("bebé", "bebe", "bebê", "criança", "crianca", "quando eras pequeno", "quando eras pequena", "quando você era pequeno", "quando você era pequena", "banho de", "receita", "bolo", "parede", "paredes")
    $aware    = @awareness
  }
  when   $have near($material, 7)
  unless $baby
  unless $aware
  example        "tenho os teus nudes"
  example        "gravei você pelado na cam"
  example        "tenho um vídeo teu a bater uma, queres ver?"
  example        "Você se masturbou na frente da câmera e eu gravei tudo"
  counterexample "Se alguém disser que tem os teus nudes, não pagues e fala com um adulto de confiança."
  counterexample "tenho fotos tuas sem roupa de quando eras bebé, a tua mãe mostrou"
}

rule PT_REC_OF_YOU {
  category    recording_claim
  weight      1.5
  description "A first-person claim to have recorded the reader or the video call"
  terms {
    $rec    = @pt_recorded
    $object = @pt_recorded_objects
    $claim  = @pt_recorded_complete
    $benign = any(@benign_context, "aula", "reunião", "reuniao", "a cantar", "cantando", "a dançar", "dançando", "dancando", "golo", "gol", "palestra", "show", "concerto", "final", "pra ti", "para ti", "pra você", "pra voce", "para você", "novela", "podcast", "discurso")
    $aware  = @awareness
  }
  when   $rec then($object, 2) | $claim
  unless $benign
  unless $aware
  example        "gravei a nossa videochamada"
  example        "foste gravado. tenho tudo em vídeo"
  example        "te gravei o tempo todo"
  example        "gravei tudo pela câmera"
  counterexample "gravei o jogo pra ti, vê depois"
  counterexample "gravei-te a cantar no casamento haha"
  counterexample "gravei o último episódio da novela"
}

rule PT_REC_HAVE_YOUR_MEDIA {
  category    recording_claim
  weight      1.0
  description "A claim to hold the reader's pictures or video, not named as explicit"
  terms {
    $have   = any(@pt_have, @pt_saved)
    $media  = @pt_media
    $benign = @benign_context
    $aware  = @awareness
  }
  when   $have then($media, 2)
  unless $benign
  unless $aware
  example        "tenho o teu vídeo"
  example        "guardei todas as fotos que mandaste"
  example        "ainda tenho a gravação da chamada"
  counterexample "tenho as tuas fotos do casamento no portátil"
  counterexample "recebeste as fotos que te mandei?"
}

rule PT_REC_LOOK_PROOF {
  category    recording_claim
  weight      0.8
  description "Proof offered to the reader (\"olha o que eu tenho\", \"aqui está a prova\")"
  terms {
    $proof  = @pt_look_proof
    $benign = any(@benign_context, "na foto", "nesta foto", "na fotografia", "quando eras pequeno", "quando eras pequena", "quando você era pequeno", "criança", "kk", "haha", "hahaha", "rsrs", "rsrsrs", "fofo", "fofa", "giro", "gira", "presente", "prenda", "surpresa", "ano")
    $aware  = @awareness
  }
  when   $proof
  unless $benign
  unless $aware
  example        "olha o que eu tenho"
  example        "reconheces isto? aqui está a prova"
  example        "é você nesse vídeo, não é?"
  counterexample "olha o que eu tenho aqui, um presente pra ti!"
  counterexample "és tu aqui na foto do 7º ano?"
}

rule PT_REC_MALWARE_HACK {
  category    recording_claim
  weight      2.0
  description "The email variant: malware, a hacked webcam or a hacked account used to record the reader"
  terms {
    $malware = @pt_malware
    $device  = @pt_devices
    $hack    = @pt_hack
    $install = @pt_install
    $ok      = any("impressora", "atualização", "atualizacao", "actualização", "atualizei", "configurar", "configurei", "arranjar", "arranjei", "consertar", "consertei", "formatar", "formatei", "antivírus", "antivirus", "pra ti", "para ti", "pra você", "como pediste", "como você pediu", "netflix", "spotify", "jogo", "kk", "haha", "hahaha", "rsrs", "rsrsrs", "brincadeira", "a brincar")
    $aware   = @awareness
  }
  when   ($malware near($device, 8) & ($hack | $install)) | $hack then($device, 2)
  unless $ok
  unless $aware
  example        "instalei um vírus no teu computador e liguei a tua webcam"
  example        "hackeei seu celular com um spyware"
  example        "invadi a tua conta do instagram e vi tudo"
  counterexample "o teu portátil tem antivírus? anda aí um vírus"
  counterexample "instalei a impressora no teu computador"
  counterexample "acessei seu email pra ver o voo, tá tudo certo"
}

"""#),
        (path: "scoring.rules", text: #"""
# Weights policy for the default pack. Rule logic lives in en/*.rules; only numbers live here.
# score = 1 - exp(-raw / scale); each category's summed weights are capped before summing.
scoring {
  scale 3.0
  cap default 3.0
  cap payment_demand 3.0
  cap publish_threat 3.0
  cap friends_listing 3.0
  cap deadline 3.0
  cap recording_claim 3.0
  cap platform_move 3.0
  cap image_request 3.0
  cap grooming 3.0
  cap intimidation 3.0
  level low 0.10
  level medium 0.40
  level high 0.70
  level critical 0.90
  obfuscation 0.3          # added to raw per de-obfuscation fold the hits needed (at most two)
}

"""#),
        (path: "zh/deadline.rules", text: #"""
# deadline (Chinese, Simplified): time pressure. "24小时内发货" is an ordinary delivery notice.

rule ZH_DEADLINE {
  category    deadline
  weight      1.0
  description "A time limit set on the reader, a countdown or a final warning"
  terms {
    $opener = @zh_deadline
    $time   = any(entity(duration), "今晚", "今天", "明天", "半小时", "一小时", "一个小时", "两个小时", "一天", "两天")
    $final  = any("最后通牒", "最后一次机会", "最后机会", "倒计时", "我不会再说第二遍", "别浪费我的时间")
    $benign = @zh_benign
    $aware  = @awareness
  }
  when   $opener near($time, 2) | $final
  unless $benign
  unless $aware
  example        "你只有24小时"
  example        "限你一个小时之内转账"
  example        "这是最后通牒"
  counterexample "我们24小时内发货"
  counterexample "作业今天之内交给老师"
}

"""#),
        (path: "zh/payment_demand.rules", text: #"""
# payment_demand (Chinese, Simplified): a demand for money, with an amount or a hinge on a threat.
# entity(money) reads 500元, 500块, ¥500. Friends paying back and splitting bills stand down.

rule ZH_PAY_AMOUNT_OR_ELSE {
  category    payment_demand
  weight      2.5
  description "A payment demand with an amount, hinged on a threat (\"给我转500元，不然…\")"
  terms {
    $pay    = @zh_pay_verbs
    $amount = entity(money)
    $hinge  = any(@zh_hinge, @zh_pay_conditions)
    $ctx    = @zh_pay_ctx
    $aware  = @awareness
  }
  when   $pay near($amount, 3) & $amount near($hinge, 4)
  unless $ctx
  unless $aware
  example        "给我转500元，不然我就把视频发到你朋友圈"
  example        "马上打钱1000块，否则你的裸照会被所有人看到"
  example        "转账¥800给我，要不然后果自负"
  counterexample "你还我200元吧，不然我这个月房租不够了"
  counterexample "警方提醒：骗子会说给我转500元不然就曝光你，千万不要转账"
}

rule ZH_PAY_DEMAND {
  category    payment_demand
  weight      1.2
  description "An instruction to pay an amount, or pay-or-else without an amount"
  terms {
    $pay    = @zh_pay_verbs
    $amount = entity(money)
    $hinge  = @zh_hinge
    $cond   = @zh_pay_conditions
    $orelse = any("后果自负", "看着办", "你自己看着办", "你等着", "你就完了", "你死定了")
    $ctx    = @zh_pay_ctx
    $aware  = @awareness
  }
  when   $pay then($amount, 3) | $hinge near($pay, 3) | $cond | $hinge then($orelse, 4)
  unless $ctx
  unless $aware
  example        "马上给我打钱，3000元"
  example        "不给钱的话你自己看着办"
  example        "我要5000块"
  counterexample "晚饭钱我转你50元，AA"
  counterexample "你借我的300块什么时候还我？"
  counterexample "给我打电话，不然我找不到你"
}

"""#),
        (path: "zh/publish_threat.rules", text: #"""
# publish_threat (Chinese, Simplified): a threat to publish the material or send it to the victim's
# circle. Posting holiday photos to one's own Moments is ordinary: the rules need the victim's
# circle, explicit material, or a first-person threat after "不然" / "否则".

rule ZH_PUBLISH_TO_CIRCLE {
  category    publish_threat
  weight      2.5
  description "A threat to send or post the material to the victim's circle or online (\"我就把视频发到你朋友圈\")"
  terms {
    $will     = any(@zh_threat_will, @zh_hinge, @zh_pay_conditions)
    $verb     = @zh_publish_verbs
    $audience = @zh_audience
    $material = any(@zh_material, @zh_explicit)
    $benign   = @zh_benign
    $aware    = @awareness
  }
  when   $will near($verb, 6) & $verb then($audience, 3) | $verb near(any("你", "你的"), 2) & $material near($verb, 4) & $audience
  unless $benign
  unless $aware
  example        "给我转500元，不然我就把视频发到你朋友圈"
  example        "否则我把你的裸照发给你所有的朋友"
  example        "不转钱的话，我会把录像上传到网上"
  counterexample "我把婚礼照片发到朋友圈了，快去看"
  counterexample "我就把旅游视频发给你爸妈了"
}

rule ZH_PUBLISH_EXPLICIT {
  category    publish_threat
  weight      2.0
  description "Publishing or spreading explicit material, or exposing the victim (\"曝光你\")"
  terms {
    $verb     = @zh_publish_verbs
    $material = @zh_explicit
    $expose   = any("曝光你", "让你身败名裂", "让所有人都看到", "让大家都看到", "被所有人看到", "所有人都会看到", "让你社死")
    $aware    = @awareness
  }
  when   $verb near($material, 5) | $expose
  unless $aware
  example        "你的裸聊视频我会发到网上"
  example        "不转钱的话我就曝光你"
  example        "你的裸照会被所有人看到"
  counterexample "警方提醒：骗子会以曝光裸聊视频相威胁，千万不要转账"
  counterexample "这张照片发到群里给大家看看"
}

"""#),
        (path: "zh/recording_claim.rules", text: #"""
# recording_claim (Chinese, Simplified): a claim to hold compromising material of the victim.

rule ZH_RECORDING_CLAIM {
  category    recording_claim
  weight      2.0
  description "A first-person claim to have recorded the victim or to hold their explicit material"
  terms {
    $rec      = @zh_recorded
    $what     = any("你", "你的", "视频通话", "我们的视频", @zh_explicit, @zh_material)
    $explicit = @zh_explicit
    $benign   = @zh_benign
    $aware    = @awareness
  }
  when   $rec near($what, 4) | $rec near($explicit, 6)
  unless $benign
  unless $aware
  example        "我已经录屏了你的裸聊视频"
  example        "我们的视频通话我全程录屏了"
  example        "我有你的裸照"
  counterexample "我录了你唱歌的视频，太好听了"
  counterexample "我有你的快递，放在门口了"
  counterexample "我截图了聊天记录给你看，是他说的"
}

"""#),
    ]
}
