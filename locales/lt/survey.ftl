# Demo survey: questions and answer options in Lithuanian (lietuvių). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Ar šiuo metu turite atostogas nuo mokymosi ar savo programos?
q-group = Ką jūs lankote?
opt-group-training = Norvegų kalbos ir visuomenės pažinimo mokymus
opt-group-introduction = Įvadinę programą
opt-group-both = Abu

## Answers used by many questions

answer-yes = Taip
answer-no = Ne
scale-1 = Visiškai nesutinku
scale-2 = Iš dalies nesutinku
scale-3 = Nei sutinku, nei nesutinku
scale-4 = Iš dalies sutinku
scale-5 = Visiškai sutinku

## Block titles

block-background = Apie jus
block-training = Norvegų kalbos mokymai
block-introduction = Įvadinė programa
block-wellbeing = Savijauta

## About you

q-age = Kiek jums metų?
opt-age-18-25 = Nuo 18 iki 25 metų
opt-age-26-35 = Nuo 26 iki 35 metų
opt-age-36-45 = Nuo 36 iki 45 metų
opt-age-46-55 = Nuo 46 iki 55 metų
opt-age-56-plus = 56 metai ar daugiau
q-time-in-norway = Kiek laiko gyvenate Norvegijoje?
opt-time-under-1 = Mažiau nei vienus metus
opt-time-1-2 = Nuo vienų iki dvejų metų
opt-time-3-5 = Nuo trejų iki penkerių metų
opt-time-over-5 = Daugiau nei penkerius metus
q-course-level = Kokio lygio norvegų kalbos kursą lankote?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ar aukštesnis
opt-level-unknown = Nežinau

## Norwegian language training and social studies

q-motivated = Noriu mokytis norvegų kalbos.
q-everyday-norwegian = Mokausi norvegų kalbos, kurios man reikia kasdieniame gyvenime.
q-teacher-explains = Mokytojas paaiškina taip, kad aš suprantu.
q-pace = Pamokų tempas man tinka.
q-social-studies = Visuomenės pažinimas padeda man suprasti Norvegiją.
q-use-outside = Norvegų kalbą vartoju ir už klasės ribų.
q-practice-hours = Kiek valandų per savaitę praktikuojate norvegų kalbą ne pamokų metu?
opt-hours-0-1 = Nuo nulio iki vienos valandos
opt-hours-2-5 = Nuo dviejų iki penkių valandų
opt-hours-6-10 = Nuo šešių iki dešimties valandų
opt-hours-over-10 = Daugiau nei dešimt valandų
q-helps-learning = Kas jums labiausiai padeda mokytis norvegų kalbos? Galite pasirinkti kelis atsakymus.
opt-help-teacher = Mokytojas
opt-help-classmates = Kiti klasės mokiniai
opt-help-apps = Programėlės ir internetas
opt-help-work = Darbas arba praktika
opt-help-media = Televizija, radijas ir laikraščiai
opt-help-friends = Draugai ir kaimynai

## The introduction programme

q-know-goal = Žinau, koks yra mano programos tikslas.
q-made-plan = Ar dalyvavote kuriant savo programos planą?
q-programme-helps-work = Programa padeda man gauti darbą arba išsilavinimą.
q-adviser-help = Iš savo programos konsultanto gaunu pagalbą, kurios man reikia.
q-had-work-practice = Ar programoje turėjote darbo praktiką?
q-work-practice-useful = Darbo praktika man buvo naudinga.
q-after-programme = Ką norite veikti po programos?
opt-after-work = Dirbti
opt-after-education = Mokytis
opt-after-both = Ir dirbti, ir mokytis
opt-after-unknown = Dar nežinau

## Wellbeing

q-thrive = Man gera mokykloje, kurioje mokausi.
q-safe = Jaučiuosi saugiai mokykloje, kurioje mokausi.
q-respect = Su manimi elgiamasi pagarbiai.
q-someone-to-talk = Turiu su kuo pasikalbėti, kai man reikia.
q-overall-satisfied = Apskritai man patinka mokymai, kuriuos gaunu.
q-anything-else = Ar norite mums dar ką nors papasakoti? Šį klausimą galite praleisti.
