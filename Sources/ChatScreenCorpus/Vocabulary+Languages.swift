// Synthetic everyday chat in other languages: accented Latin (French, Spanish, German, Portuguese,
// Italian) and other scripts (Cyrillic, CJK, Thai, Arabic, Greek, Devanagari). Written for this
// generator; each language has short replies, sentences and a few tricky near-misses.

extension Vocabulary {
    static let french = PhraseGrammar.Section(namespace: "fr", lists: [
        ("short", ["ok", "d'accord", "merci !", "merci beaucoup", "oui", "non", "ouais", "bien sûr", "à plus", "à demain", "mdr",
                   "ça marche", "pas de souci", "je sais pas", "j'arrive", "c'est génial", "trop bien", "déjà fait", "bonne nuit",
                   "bisous", "salut !", "coucou", "ça va ?", "ça va et toi ?", "à tout à l'heure", "désolé", "t'es où ?"]),
        ("sentence", [
            "on se retrouve à {clock} devant la gare ?", "j'ai raté le train, j'arrive dans {#10-40} minutes",
            "tu peux acheter du pain en rentrant ?", "c'était génial hier soir, merci pour l'invitation",
            "le dîner est prêt, tu viens quand ?", "il fait très beau aujourd'hui, on va au parc ?",
            "j'ai réservé une table pour {#2-8} à {clock}", "n'oublie pas l'anniversaire de {first} samedi",
            "je suis crevé, je vais me coucher tôt", "tu as vu le match hier ? quel but !", "la réunion est décalée à {clock}",
            "mon téléphone n'a presque plus de batterie", "tu peux m'envoyer les photos de la fête ?",
            "je t'envoie l'adresse par message", "le médecin a dit que ce n'était pas grave", "on mange des crêpes ce soir",
            "j'ai trouvé un appart près de la fac, {#500-900}€ par mois", "tu me dois encore {#5-30}€ pour le resto lol",
            "je publie les photos du mariage sur facebook demain", "joyeux anniversaire {first} ! passe une super journée",
            "le bébé a fait ses premiers pas aujourd'hui", "il pleut encore, quelle météo", "les enfants sont à l'école jusqu'à {clock}",
            "regarde cette vidéo, c'est trop drôle {url}", "je suis en réunion, je te rappelle après", "on fait un appel vidéo avec mamie dimanche ?",
        ]),
    ])

    static let spanish = PhraseGrammar.Section(namespace: "es", lists: [
        ("short", ["vale", "sí", "no", "gracias", "¡gracias!", "muchas gracias", "claro", "jaja", "jajaja", "ya voy", "nos vemos",
                   "hasta mañana", "buenas noches", "qué bien", "¿dónde estás?", "¿qué tal?", "perfecto", "de nada", "genial",
                   "ni idea", "un momento", "¡qué guay!", "te quiero", "besos", "lo siento", "¿a qué hora?", "estoy llegando"]),
        ("sentence", [
            "¿quedamos a las {clock} en la plaza?", "llego tarde, hay mucho tráfico", "¿puedes comprar pan de camino a casa?",
            "la cena ya está lista, ¿cuándo vienes?", "mañana tengo un examen, deséame suerte", "¿viste el partido anoche? ¡qué golazo!",
            "hace un calor increíble hoy", "reservé mesa para {#2-8} a las {clock}", "no te olvides del cumpleaños de {first}",
            "estoy muy cansado, me voy a dormir", "mándame las fotos de la fiesta porfa", "la reunión se cambió al {weekday}",
            "mi móvil está casi sin batería", "te paso la dirección por aquí", "el médico dice que no es nada grave",
            "¡feliz cumpleaños {first}! que pases un día genial", "mira este vídeo, es buenísimo {url}",
            "me debes {#5-30}€ de la cena jaja", "voy a subir las fotos de la boda a facebook mañana", "está lloviendo otra vez, qué pena",
            "los niños ya están dormidos", "¿hacemos videollamada con la abuela el domingo?", "el tren sale a las {clock} desde la estación",
            "encontré un piso cerca del centro por {#400-900}€ al mes", "¿qué quieres cenar? ¿pizza o paella?",
        ]),
    ])

    static let german = PhraseGrammar.Section(namespace: "de", lists: [
        ("short", ["ok", "ja", "nein", "danke", "danke schön", "vielen Dank!", "klar", "haha", "bis später", "bis morgen",
                   "gute Nacht", "alles klar", "super", "genau", "keine Ahnung", "bin unterwegs", "wo bist du?", "tschüss",
                   "schön!", "kein Problem", "sorry", "schlaf gut", "na klar", "bin gleich da", "wie geht's?"]),
        ("sentence", [
            "treffen wir uns um {clock} am Bahnhof?", "ich komme {#5-30} Minuten später, der Zug hat Verspätung",
            "kannst du auf dem Heimweg Brötchen mitbringen?", "das Essen ist fertig, wann kommst du?", "morgen schreibe ich eine Prüfung, drück mir die Daumen",
            "hast du das Spiel gestern gesehen? was für ein Tor!", "heute ist es so heiß draußen", "ich habe einen Tisch für {#2-8} Personen um {clock} reserviert",
            "vergiss nicht den Geburtstag von {first} am Samstag", "ich bin total müde, ich gehe früh schlafen", "schick mir bitte die Fotos von der Party",
            "das Meeting wurde auf {clock} verschoben", "mein Handy ist fast leer", "der Arzt sagt, es ist nichts Schlimmes",
            "alles Gute zum Geburtstag {first}! hab einen schönen Tag", "schau dir dieses Video an, so lustig {url}",
            "du schuldest mir noch {#5-30}€ fürs Kino haha", "ich lade die Hochzeitsfotos morgen auf Facebook hoch", "es regnet schon wieder, typisch",
            "die Kinder schlafen endlich", "machen wir am Sonntag einen Videoanruf mit Oma?", "ich habe eine Wohnung für {#500-1200}€ im Monat gefunden",
            "wir grillen am Wochenende, kommst du?", "die Bahn streikt schon wieder", "ich muss noch einkaufen, brauchst du was?",
        ]),
    ])

    static let portuguese = PhraseGrammar.Section(namespace: "pt", lists: [
        ("short", ["ok", "sim", "não", "obrigado", "obrigada!", "valeu", "claro", "kkkk", "haha", "até logo", "até amanhã",
                   "boa noite", "beleza", "tá bom", "já vou", "onde você está?", "tudo bem?", "tudo ótimo", "que legal",
                   "de nada", "sei lá", "um minuto", "beijos", "desculpa", "que horas?"]),
        ("sentence", [
            "vamos nos encontrar às {clock} na estação?", "vou chegar atrasado, o trânsito está horrível", "você pode comprar pão no caminho?",
            "o jantar está pronto, quando você chega?", "amanhã tenho prova, me deseja sorte", "viu o jogo ontem? que golaço!",
            "está muito calor hoje", "reservei uma mesa para {#2-8} às {clock}", "não esquece o aniversário da {first} no sábado",
            "estou muito cansada, vou dormir cedo", "me manda as fotos da festa", "a reunião mudou para {clock}",
            "meu celular está quase sem bateria", "o médico disse que não é nada grave", "feliz aniversário {first}! tenha um ótimo dia",
            "olha esse vídeo, é muito engraçado {url}", "você ainda me deve {#5-30} reais do almoço kkk", "vou postar as fotos do casamento no facebook amanhã",
            "está chovendo de novo, que chato", "as crianças já estão dormindo", "vamos fazer uma chamada de vídeo com a vó no domingo?",
            "encontrei um apartamento perto do centro por {#800-2500} reais", "o que você quer jantar? pizza ou churrasco?",
        ]),
    ])

    static let italian = PhraseGrammar.Section(namespace: "it", lists: [
        ("short", ["ok", "sì", "no", "grazie", "grazie mille!", "certo", "ahah", "a dopo", "a domani", "buonanotte", "va bene",
                   "perfetto", "arrivo", "dove sei?", "come stai?", "tutto bene", "che bello", "prego", "boh", "un attimo",
                   "baci", "scusa", "a che ora?", "ci vediamo", "figurati", "più tardi"]),
        ("sentence", [
            "ci vediamo alle {clock} in stazione?", "arrivo tardi, c'è un traffico pazzesco", "puoi prendere il pane tornando a casa?",
            "la cena è pronta, quando arrivi?", "domani ho un esame, incrociamo le dita", "hai visto la partita ieri? che gol!",
            "oggi fa caldissimo", "ho prenotato un tavolo per {#2-8} alle {clock}", "non dimenticare il compleanno di {first} sabato",
            "sono stanchissimo, vado a letto presto", "mandami le foto della festa", "la riunione è spostata alle {clock}",
            "il telefono è quasi scarico", "il medico ha detto che non è niente di grave", "buon compleanno {first}! passa una bella giornata",
            "guarda questo video, è troppo divertente {url}", "mi devi ancora {#5-30}€ per la pizza ahah", "domani pubblico le foto del matrimonio su facebook",
            "piove di nuovo, che tempo", "i bambini finalmente dormono", "facciamo una videochiamata con la nonna domenica?",
            "ho trovato un appartamento vicino all'università per {#400-900}€ al mese", "cosa mangiamo stasera? pizza o pasta?",
        ]),
    ])

    static let russian = PhraseGrammar.Section(namespace: "ru", lists: [
        ("short", ["ок", "да", "нет", "спасибо", "спасибо большое!", "конечно", "хаха", "пока", "до завтра", "спокойной ночи",
                   "ладно", "супер", "уже иду", "где ты?", "как дела?", "всё хорошо", "не знаю", "минутку", "целую", "извини",
                   "во сколько?", "понял", "отлично", "ага"]),
        ("sentence", [
            "встречаемся в {clock} у метро?", "я опаздываю минут на {#5-30}, пробки", "купи, пожалуйста, хлеб и молоко по дороге",
            "ужин готов, ты скоро?", "завтра экзамен, пожелай мне удачи", "ты видел вчерашний матч? какой гол!",
            "сегодня очень жарко", "я забронировал столик на {#2-8} человек на {clock}", "не забудь про день рождения {first} в субботу",
            "я так устал, пойду спать пораньше", "скинь фотки с вечеринки", "совещание перенесли на {clock}",
            "у меня телефон почти сел", "врач сказал, что ничего серьёзного", "с днём рождения, {first}! хорошего дня",
            "посмотри это видео, очень смешно {url}", "ты мне ещё должен {#100-900} рублей за кино", "опять дождь, ну что за погода",
            "дети наконец уснули", "давай в воскресенье созвонимся по видео с бабушкой", "нашёл квартиру недалеко от центра",
        ]),
    ])

    static let ukrainian = PhraseGrammar.Section(namespace: "uk", lists: [
        ("short", ["так", "ні", "дякую", "дякую!", "звісно", "добре", "бувай", "до завтра", "на добраніч", "де ти?", "як справи?",
                   "все добре", "не знаю", "хвилинку", "вибач"]),
        ("sentence", [
            "зустрінемось о {clock} біля вокзалу?", "я запізнююсь на {#5-30} хвилин", "купи, будь ласка, хліб дорогою додому",
            "вечеря готова, коли будеш?", "завтра іспит, побажай мені удачі", "сьогодні дуже спекотно", "надішли фото з вечірки",
            "з днем народження, {first}! гарного дня", "діти вже сплять", "подивись це відео {url}",
        ]),
    ])

    static let chinese = PhraseGrammar.Section(namespace: "zh", lists: [
        ("short", ["好的", "好", "嗯嗯", "谢谢", "谢谢你！", "哈哈哈", "没问题", "马上到", "明天见", "晚安", "在哪儿？", "你好",
                   "收到", "可以", "不知道", "等一下", "辛苦了", "加油！", "太好了", "对不起"]),
        ("sentence", [
            "你今天晚上有空吗？", "我们几点见面？", "{#1-12}点在地铁站见", "我堵车了，晚到{#5-30}分钟", "回家的路上帮我买点牛奶",
            "晚饭做好了，你什么时候回来？", "明天考试，祝我好运", "昨天的比赛你看了吗？太精彩了", "今天好热啊",
            "我订了{#2-8}个人的位子", "别忘了周六是{first}的生日", "我太累了，先睡了", "把昨天聚会的照片发给我吧",
            "会议改到下午{#1-5}点了", "我手机快没电了", "医生说没什么大问题", "生日快乐！祝你天天开心", "你看这个视频，笑死我了 {url}",
            "上次吃饭的钱你还欠我{#20-200}块哈哈", "又下雨了，真烦", "孩子们终于睡着了", "周末一起去爬山吧？",
        ]),
    ])

    static let japanese = PhraseGrammar.Section(namespace: "ja", lists: [
        ("short", ["了解", "はい", "いいえ", "ありがとう！", "ありがとうございます", "おはよう", "おやすみ", "またね", "今どこ？",
                   "大丈夫", "ごめんね", "すごい！", "なるほど", "ちょっと待って", "いいね", "笑"]),
        ("sentence", [
            "今日は何時に帰る？", "明日の会議は{#9-11}時からです", "駅で{#1-12}時に会おう", "電車が遅れてて{#5-30}分くらい遅れます",
            "帰りに牛乳買ってきてくれる？", "昨日の試合見た？すごかったね", "今日はめっちゃ暑い", "週末の予定どう？",
            "パーティーの写真送ってね！", "誕生日おめでとう！素敵な一日を", "スマホの充電がもうない", "この動画おもしろすぎる {url}",
            "子どもたちやっと寝た", "また雨だね", "晩ごはん何にする？",
        ]),
    ])

    static let korean = PhraseGrammar.Section(namespace: "ko", lists: [
        ("short", ["응", "네", "아니", "고마워!", "감사합니다", "ㅋㅋㅋ", "ㅋㅋㅋㅋㅋ", "잘 자", "내일 봐", "어디야?", "괜찮아",
                   "미안해", "대박", "알겠어", "잠깐만"]),
        ("sentence", [
            "오늘 저녁에 뭐 먹을까?", "내일 몇 시에 만나?", "{#1-12}시에 역 앞에서 보자", "차가 막혀서 {#5-30}분 늦을 것 같아",
            "집에 오는 길에 우유 좀 사다 줄래?", "어제 경기 봤어? 진짜 대단했어", "오늘 너무 덥다", "파티 사진 좀 보내줘",
            "생일 축하해! 좋은 하루 보내", "휴대폰 배터리가 거의 없어", "이 영상 진짜 웃겨 {url}", "애들 드디어 잠들었어",
            "주말에 같이 영화 볼래?", "회의가 {#1-5}시로 미뤄졌어",
        ]),
    ])

    static let thai = PhraseGrammar.Section(namespace: "th", lists: [
        ("short", ["โอเค", "ครับ", "ค่ะ", "ขอบคุณครับ", "ขอบคุณค่ะ", "555", "55555", "ได้เลย", "ไม่เป็นไร", "อยู่ไหน",
                   "ฝันดี", "เจอกันพรุ่งนี้", "กำลังไป", "จริงเหรอ"]),
        ("sentence", [
            "วันนี้ว่างไหม", "กินข้าวหรือยัง", "เดี๋ยวโทรกลับนะ", "เจอกันที่สถานีตอน {#1-12} โมงนะ", "รถติดมาก จะไปสายหน่อย",
            "ขากลับช่วยซื้อนมให้หน่อยได้ไหม", "วันนี้ร้อนมากเลย", "ส่งรูปงานปาร์ตี้ให้หน่อย", "สุขสันต์วันเกิดนะ {first}",
            "แบตมือถือจะหมดแล้ว", "ดูคลิปนี้สิ ตลกมาก {url}", "พรุ่งนี้มีสอบ ขอให้โชคดีด้วย",
        ]),
    ])

    static let arabic = PhraseGrammar.Section(namespace: "ar", lists: [
        ("short", ["تمام", "نعم", "لا", "شكرا", "شكرا جزيلا", "حاضر", "هههه", "إن شاء الله", "الحمد لله", "تصبح على خير",
                   "أين أنت؟", "كيف حالك؟", "مع السلامة", "لحظة", "آسف"]),
        ("sentence", [
            "مرحبا كيف حالك؟", "سأصل بعد {#5-30} دقيقة", "نلتقي عند المحطة الساعة {#1-12}؟", "هل يمكنك شراء الخبز في طريقك؟",
            "العشاء جاهز، متى ستأتي؟", "عندي امتحان غدا، ادع لي", "الجو حار جدا اليوم", "أرسل لي صور الحفلة",
            "عيد ميلاد سعيد يا {first}!", "بطارية هاتفي على وشك النفاد", "شاهد هذا الفيديو {url}", "الأطفال ناموا أخيرا",
        ]),
    ])

    static let greek = PhraseGrammar.Section(namespace: "el", lists: [
        ("short", ["εντάξει", "ναι", "όχι", "ευχαριστώ!", "καληνύχτα", "τα λέμε", "πού είσαι;", "τέλεια", "χαχα", "συγγνώμη"]),
        ("sentence", [
            "Καλημέρα! Τι κάνεις;", "θα αργήσω {#5-30} λεπτά, έχει κίνηση", "τα λέμε στις {clock} στον σταθμό;", "πάρε ψωμί στον δρόμο",
            "το φαγητό είναι έτοιμο", "χρόνια πολλά {first}!", "στείλε μου τις φωτογραφίες από το πάρτι", "κάνει πολλή ζέστη σήμερα",
        ]),
    ])

    static let hindi = PhraseGrammar.Section(namespace: "hi", lists: [
        ("short", ["ठीक है", "हाँ", "नहीं", "धन्यवाद", "शुक्रिया!", "हाहा", "कल मिलते हैं", "शुभ रात्रि", "कहाँ हो?", "कोई बात नहीं"]),
        ("sentence", [
            "आज शाम को क्या कर रहे हो?", "मैं {#5-30} मिनट में पहुँच रहा हूँ", "घर आते समय दूध ले आना", "खाना तैयार है, कब आओगे?",
            "कल मेरा पेपर है, शुभकामनाएँ दो", "जन्मदिन मुबारक हो {first}!", "पार्टी की फोटो भेजो ना", "आज बहुत गर्मी है",
        ]),
    ])
}
