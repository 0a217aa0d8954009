# Screen texts of the kiosk (Swahili / Kiswahili).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Karibu!
welcome-choose-language = Chagua lugha yako
welcome-instructions = Gusa lugha yako ili uanze. Gusa alama ya sauti ili usikie maandishi.
welcome-start = Anza

## Privacy notice

privacy-title = Kuhusu utafiti huu
privacy-notice =
    Utafiti huu ni bila jina. Hatukuulizi jina lako, na hakuna mtu anayeweza kuona unachojibu.
    Kujibu ni kwa hiari. Unaweza kuacha wakati wowote, na hapo hakuna kitu kitakachohifadhiwa.
    Majibu yako yanalindwa kwa usimbaji fiche na kutumwa kwa Integrerings- og mangfoldsdirektoratet (IMDi).
    Manispaa yako inaona tu majibu ya washiriki wengi kwa pamoja, kamwe si jibu la mtu mmoja.
    Utafiti huu unafuata kifungu § 25 cha Sheria ya Utangulizi (introduksjonsloven) na kifungu § 41 cha Sheria ya Ujumuishaji (integreringsloven).
privacy-accept = Ninaelewa, endelea

## Moving through the survey

nav-next = Ifuatayo
nav-back = Rudi
nav-play = Sikiliza
nav-stop-sound = Zima sauti
progress = Swali { $current } kati ya { $total }
free-text-placeholder = Andika hapa ukitaka
free-text-skip = Ruka
choose-one = Chagua jibu moja.
choose-many = Chagua jibu moja au zaidi.

## Endings

screening-ended = Asante! Hupaswi kujibu utafiti huu sasa. Tafadhali mwambie mwalimu wako.
finish-thanks = Asante sana kwa majibu yako!
finish-next = Sasa mtu anayefuata anaweza kujibu.
survey-closed = Utafiti umefungwa sasa.
survey-closed-detail = Uko wazi kuanzia { $opens } hadi { $closes }.

## Idle warning

idle-title = Bado uko hapa?
idle-countdown = Utafiti utaanza upya baada ya sekunde { $seconds }, na majibu yako yatafutwa.
idle-continue = Nataka kuendelea

## Sound

sound-unavailable = Sauti haifanyi kazi kwenye mashine hii.
display-text-size = Maandishi makubwa
display-contrast = Rangi zenye nguvu

## Practice mode

practice-banner = Toleo la mazoezi: hakuna kitu kinachohifadhiwa.

## Coordinator mode

coord-title = Mratibu
coord-pin-set = Chagua PIN ya mratibu
coord-pin-enter = Andika PIN
coord-pin-confirm = Hifadhi PIN
coord-unlock = Fungua
coord-pack = Kifurushi cha maudhui
coord-period = Utafiti uko wazi
coord-pending = Majibu yanayosubiri kutumwa
coord-synced = Majibu yaliyotumwa
coord-last-sync = Yalitumwa mara ya mwisho
coord-never = Kamwe
coord-audio = Sauti
coord-audio-ok = Inafanya kazi
coord-audio-missing = Hakuna kifaa cha sauti
coord-practice-on = Anza mzunguko wa mazoezi
coord-practice-off = Ghairi mzunguko wa mazoezi
coord-enrol = Unganisha na manispaa
coord-collector-url = Anwani ya huduma ya kukusanya majibu
coord-access-code = Msimbo wa kuingia kutoka manispaa
coord-kiosk-name = Jina la kioski hiki (si lazima, kwa mfano Chumba 204)
coord-enrolled = Imeunganishwa na { $municipality }
coord-sync = Tuma majibu sasa
coord-sync-progress = Yametumwa { $done } kati ya { $total }
coord-sync-done = Majibu yote yametumwa.
coord-sync-stop = Acha kutuma
coord-sync-retrying = Huduma ya kukusanya majibu haijibu. Inajaribu tena (jaribio { $retries }).
coord-sync-stopped = Kutuma kumesimamishwa.
coord-sync-sent = Majibu yaliyotumwa sasa: { $count }.
coord-sync-kept-future-date = Majibu ambayo hayajapokelewa kwa sasa: { $count }. Huduma ya ukusanyaji inasema tarehe yake ni ya siku zijazo. Tarehe kwenye mashine hii: { $kiosk }. Tarehe kwenye huduma ya ukusanyaji: { $collector }. Yamehifadhiwa salama hapa na yatatumwa tena wakati ujao. Tafuta ni tarehe ipi kati ya hizo mbili iliyo na kosa.
coord-sync-kept-outside-period = Majibu ambayo hayajapokelewa kwa sasa: { $count }. Tarehe yake iko nje ya kipindi cha utafiti. Tarehe kwenye mashine hii: { $kiosk }. Tarehe kwenye huduma ya ukusanyaji: { $collector }. Yamehifadhiwa salama hapa na yatatumwa tena wakati ujao. Wasiliana na anayeendesha utafiti.
coord-sync-refused-other = Majibu ambayo hayakupokelewa: { $count } ({ $reason }). Wasiliana na anayeendesha utafiti.
coord-sync-waiting = Majibu ambayo bado yanasubiri: { $count }. Yamehifadhiwa salama kwenye mashine hii na yatatumwa wakati ujao.
coord-sync-new-content = Maudhui mapya yamesakinishwa (toleo { $version }).
coord-exit = Funga kioski
coord-close = Funga
coord-pin-rule = PIN ina tarakimu 4 hadi 12.
coord-pin-again = Andika PIN ile ile mara moja zaidi
coord-keypad-erase = Futa
coord-auto-locked = Skrini ilifungwa kwa sababu hakuna aliyeitumia kwa muda.
coord-exit-question = Je, unataka kufunga kioski? Hakuna anayeweza kujibu hadi ianzishwe tena.
coord-exit-yes = Ndiyo, funga
coord-exit-no = Hapana, rudi
coord-practice-ready = Mtu anayefuata atapata toleo la mazoezi. Hakuna kinachohifadhiwa. Baada ya mzunguko mmoja kioski kinarudi kwenye majibu halisi.
coord-sound-test = Jaribu sauti
coord-sound-test-playing = Sasa unapaswa kusikia “Karibu!”. Usiposikia chochote, angalia kiwango cha sauti na vipokea sauti.
coord-sound-test-none = Hakuna kifaa cha sauti kilichopatikana. Unganisha vipokea sauti au spika, kisha uanzishe kioski tena.
coord-voices = Lugha zinazosomwa kwa sauti ya lugha nyingine
coord-voices-none = Hakuna
coord-recorded = Sauti zilizorekodiwa (zilizobaki ni sauti ya kompyuta)
coord-recorded-none = Bado hakuna: sauti zote ni za kompyuta
coord-update-offered = Toleo { $version } la kioski linapatikana. Waombe wafanyakazi wa TEHAMA wasasishe mashine hii (apt upgrade). Majibu yanayosubiri hapa yanahifadhiwa.

## Errors shown to people

error-answer-required = Lazima ujibu swali hili.
error-invalid-answer = Jibu hili halilingani na swali.
error-pin-wrong = PIN si sahihi.
error-pin-throttled = Umejaribu mara nyingi mno. Subiri sekunde { $seconds }.
error-pin-too-short = PIN lazima iwe na angalau tarakimu nne.
error-pin-mismatch = PIN mbili hazifanani. Ziandike tena.
error-no-network = Haiwezekani kufikia huduma ya kukusanya majibu. Angalia mtandao na ujaribu tena.
error-wrong-code = Msimbo wa kuingia si sahihi.
error-locked-out = Majaribio mengi mno yasiyo sahihi. Jaribu tena baadaye.
error-kiosk-revoked = Kioski hiki kimetenganishwa. Wasiliana na manispaa.
error-not-enrolled = Kioski bado hakijaunganishwa na manispaa.
error-collector-refused = Huduma ya kukusanya majibu haikupokea majibu.
error-collector-full = Huduma ya kukusanya majibu haina nafasi na haikuweza kuhifadhi majibu. Majibu yanasubiri salama kwenye kifaa hiki; sawazisha tena baadaye.
error-collector-read-only = Huduma ya kukusanya majibu haiwezi kuhifadhi chochote sasa. Majibu yanasubiri salama kwenye kifaa hiki; sawazisha tena baadaye.
error-certificate-expired = Cheti cha huduma ya kukusanya majibu kimeisha muda (au saa ya kifaa hiki si sahihi). Majibu yanasubiri salama kwenye kifaa hiki.
error-certificate-wrong-name = Cheti cha huduma ya kukusanya majibu kilitengenezwa kwa jina jingine na si anwani iliyopewa kioski hiki. Majibu yanasubiri salama kwenye kifaa hiki.
error-certificate-untrusted = Cheti cha huduma ya kukusanya majibu hakiaminiki kwenye kifaa hiki. Ongeza mamlaka yake ya vyeti kwenye mipangilio ya kioski. Majibu yanasubiri salama hapa.
error-pack-invalid = Kifurushi cha maudhui si halali na hakitatumika.
error-survey-closed = Utafiti hauko wazi sasa.
error-storage = Imeshindwa kuhifadhi. Hakuna kilichopotea. Tafadhali mwambie mwalimu.
error-audio = Imeshindwa kucheza sauti.
error-internal = Kuna tatizo limetokea. Tafadhali mwambie mwalimu.
error-unsent-other-municipality = Mashine hii ina majibu ambayo bado hayajatumwa. Yatume kabla hujaunganisha mashine na manispaa nyingine.
error-insecure-collector = Anwani ya huduma ya kukusanya majibu lazima ianze na https://. Majibu yanatumwa kwa usimbaji fiche tu.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Andika msimbo
web-code-help = Msimbo uko kwenye ujumbe uliopata kutoka manispaa, kwa mfano 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Msimbo
web-code-submit = Endelea
web-code-wrong = Msimbo si sahihi. Angalia kama kuna makosa ya kuandika na ujaribu tena.
web-code-throttled = Umejaribu mara nyingi mno. Subiri sekunde { $seconds } na ujaribu tena.
web-code-throttled-spoken = Umejaribu mara nyingi mno. Subiri kidogo na ujaribu tena.
web-code-offline = Hauko mtandaoni. Unganisha kwenye mtandao ili uandike msimbo.
web-language-not-kept = Lugha hii haijahifadhiwa kwenye kifaa hiki, na huna mtandao sasa. Chagua moja ya lugha zilizo hapa chini, au jaribu tena ukiwa mtandaoni.
web-page-title = Utafiti usio na majina
web-more = Chaguo zaidi
web-insecure = Ukurasa huu haukufunguliwa kwa muunganisho salama (https). Jibu lako halitatumwa kutoka hapa. Fungua tena kiungo ulichopata.
web-sent = Jibu lako limetumwa. Asante!
web-waiting = Jibu lako limehifadhiwa kwa usimbaji fiche kwenye kifaa hiki. Litatumwa lenyewe utakapokuwa mtandaoni tena. Acha ukurasa wazi, au uufungue tena baadaye.
web-slowed = Majibu mengi yanafika sasa hivi kwa wakati mmoja. Jibu lako limehifadhiwa kwa usimbaji fiche kwenye kifaa hiki, na litatumwa lenyewe baada ya dakika chache. Acha ukurasa wazi, au uufungue tena baadaye.
web-another = Mtu mwingine ajibu

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Kiswahili
nav-done = Nimemaliza
nav-stop = Acha
stop-confirm = Unataka kuacha? Majibu yako yatafutwa. Hakuna kitakachohifadhiwa.
stop-yes = Ndiyo, acha
stop-no = Hapana, nataka kuendelea
screening-confirm = Umejibu ndiyo. Kwa hiyo utafiti unaishia hapa kwako. Je, ni sahihi?
screening-confirm-yes = Ndiyo, ni sahihi
error-nothing-chosen = Hujachagua chochote. Gusa jibu.
error-wrong-step = Skrini imebadilika. Sasa uko hapa.
listen-all = Sikiliza yote
volume-up = Sauti zaidi
volume-down = Sauti kidogo
sound-playing = Sauti inacheza. Gusa ili kuacha.
idle-spoken = Bado uko hapa? Usipogusa skrini, utafiti utaanza upya, na majibu yako yatafutwa.
coord-auto-play-on = Washa usomaji wa maswali kwa sauti
coord-auto-play-off = Zima usomaji wa maswali kwa sauti

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Hili ni jaribio. Hakuna unachojibu kinachohifadhiwa wala kutumwa.
invite-title = Unaonaje mafunzo?
invite-what = Tunataka kujua unaonaje mafunzo ya Kinorwe na programu ya utangulizi.
invite-anonymous = Ni kwa hiari na bila jina. Hakuna mtu anayeweza kuona unachojibu.
invite-time = Inachukua takriban dakika kumi.
invite-ear = Unaweza kusikiliza kila kitu. Gusa spika ili kusikia maandishi. Gusa jibu lako ili kulichagua.
invite-help = Unahitaji msaada? Muulize mwalimu wako au mtu unayemwamini.
invite-start = Anza utafiti
