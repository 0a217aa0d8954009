# Demo survey: questions and answer options (Oromo / Afaan Oromoo).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Amma barumsa ykn sagantaa kee irraa hayyama (boqonnaa) irra jirtaa?
q-group = Maal keessatti hirmaatta?
opt-group-training = Barumsa Afaan Norweey fi beekumsa hawaasaa
opt-group-introduction = Sagantaa seensaa
opt-group-both = Lamaanuu

## Answers used by many questions

answer-yes = Eeyyee
answer-no = Lakki
scale-1 = Guutummaatti hin walii galu
scale-2 = Xiqqoo hin walii galu
scale-3 = Hin walii galu, hin mormus
scale-4 = Xiqqoo nan walii gala
scale-5 = Guutummaatti nan walii gala

## Block titles

block-background = Waa'ee kee
block-training = Barumsa Afaan Norweey
block-introduction = Sagantaa seensaa
block-wellbeing = Gammachuu fi nagaa kee

## About you

q-age = Umuriin kee meeqa?
opt-age-18-25 = Waggaa 18 hanga 25
opt-age-26-35 = Waggaa 26 hanga 35
opt-age-36-45 = Waggaa 36 hanga 45
opt-age-46-55 = Waggaa 46 hanga 55
opt-age-56-plus = Waggaa 56 ykn isaa ol
q-time-in-norway = Norweey keessa yeroo hammamii jiraatte?
opt-time-under-1 = Waggaa tokko gadi
opt-time-1-2 = Waggaa tokko hanga lama
opt-time-3-5 = Waggaa sadii hanga shan
opt-time-over-5 = Waggaa shan ol
q-course-level = Barumsa Afaan Norweey keessatti sadarkaa kam irra jirta?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ykn isaa ol
opt-level-unknown = Hin beeku

## Norwegian language training and social studies

q-motivated = Afaan Norweey barachuu nan barbaada.
q-everyday-norwegian = Afaan Norweey jireenya guyyaa guyyaatti fayyadamuu danda'u nan baradha.
q-teacher-explains = Barsiisaan akka naaf galutti ibsa.
q-pace = Saffisni barnootaa naaf mijata.
q-social-studies = Beekumsi hawaasaa Norweey akkan hubadhu na gargaara.
q-use-outside = Kutaa barnootaa ala Afaan Norweey nan fayyadama.
q-practice-hours = Torbaanitti, sa'aatii barnootaa ala, sa'aatii meeqa Afaan Norweey shaakalta?
opt-hours-0-1 = Sa'aatii zeeroo hanga tokko
opt-hours-2-5 = Sa'aatii lama hanga shan
opt-hours-6-10 = Sa'aatii ja'a hanga kudhan
opt-hours-over-10 = Sa'aatii kudhan ol
q-helps-learning = Yeroo Afaan Norweey barattu maaltu caalaa si gargaara? Deebii tokkoo ol filachuu dandeessa.
opt-help-teacher = Barsiisaa
opt-help-classmates = Barattoota kutaa biroo
opt-help-apps = Appii fi interneetii
opt-help-work = Hojii ykn shaakala hojii
opt-help-media = TV, raadiyoo fi gaazexaa
opt-help-friends = Hiriyyoota fi ollaa

## The introduction programme

q-know-goal = Kaayyoon sagantaa koo maal akka ta'e nan beeka.
q-made-plan = Karoora sagantaa keetii qopheessuu irratti hirmaattee?
q-programme-helps-work = Sagantaan kun hojii ykn barumsa akkan argadhu na gargaara.
q-adviser-help = Gorsaa sagantaa koo irraa gargaarsa barbaadu nan argadha.
q-had-work-practice = Sagantaa keessatti shaakala hojii qabaattee?
q-work-practice-useful = Shaakalli hojii sun naaf fayyadeera.
q-after-programme = Sagantaa booda maal gochuu barbaadda?
opt-after-work = Hojjechuu
opt-after-education = Barachuu
opt-after-both = Hojjechuu fi barachuu lamaanuu
opt-after-unknown = Ammallee hin beeku

## Wellbeing

q-thrive = Mana barumsaa ani itti baradhu keessatti gammachuu qaba.
q-safe = Mana barumsaa ani itti baradhu keessatti nagaa natti dhaga'ama.
q-respect = Kabajaan na qabu.
q-someone-to-talk = Yeroon barbaadutti nama ani wajjin haasa'u qaba.
q-overall-satisfied = Walumaagalatti, barumsa ani argadhutti nan quufa.
q-anything-else = Wanti biraa nuuf himuu barbaaddu jiraa? Gaaffii kana darbuu dandeessa.
