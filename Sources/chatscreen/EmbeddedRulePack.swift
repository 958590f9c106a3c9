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
  window 50 messages        # evidence older than this stops counting
  window 24h
  max_conversations 100000  # least recently active conversations are evicted beyond this
  idle 6h                   # conversations silent this long are evicted (needs timestamps)
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
        (path: "en/deadline.rules", text: #"""
# deadline: time pressure. Deadlines are everywhere in ordinary life (work, deliveries, returns),
# so a bare time limit weighs 0.5-0.7; only a limit tied to a consequence or a countdown weighs more.

rule DEADLINE_YOU_HAVE_DURATION {
  category    deadline
  weight      0.7
  description "A time limit set on the reader (\"you have 24 hours\", \"within 2 hours\")"
  terms {
    $opener = any(@deadline_openers, @you_have)
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
    $threat = any(@deadline_consequence, @or_else, @or_threats, @start_sending, @goes_public)
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
    $tick  = @countdown
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
    $police = any(@police, @the_police)
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
    $orelse = any(@threat_hinges, @or_else, @or_threats)
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
    $orelse = any(@threat_hinges, @or_else, @or_threats, @or_audience, @or_i_post)
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
    $ask   = any(@ask_handle, @you_have)
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
    $verb     = any(@publish_verbs, @goes_public, @threat_publish_strong, @everyone_sees, @everyone_will_see)
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
    $verb  = any(@publish_verbs, @goes_public, @threat_publish, @i_will_post, @start_sending,
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
    $cond   = any(@publish_conditions, @escape_conditions, @or_else)
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
        (path: "lexicons/awareness.txt", text: #"""
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
        (path: "lexicons/benign_context.txt", text: #"""
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
        (path: "lexicons/countdown.txt", text: #"""
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
        (path: "lexicons/goes_public.txt", text: #"""
# Going public.
# Shared by the deadline and publish-threat rules.
go public
goes public
it goes public
everything goes public

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
        (path: "lexicons/or_else.txt", text: #"""
# The bare ultimatum hinge.
# Shared by the deadline, payment-demand and publish-threat (conditional) rules.
or else

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

"""#),
        (path: "lexicons/police.txt", text: #"""
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
        (path: "lexicons/publish_verbs.txt", text: #"""
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
        (path: "lexicons/refund_context.txt", text: #"""
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
ticket
tickets
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
uber
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
fees
fee
tuition
shopping
groceries
present
gift for
birthday

"""#),
        (path: "lexicons/refund_strict.txt", text: #"""
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
        (path: "lexicons/you_have.txt", text: #"""
# "You have", "you got": opens a time limit ("you have 24 hours") or a handle question
# ("you got snap?").
# Shared by the deadline and platform-move rules.
you have
you got
u have
u got

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
    ]
}
