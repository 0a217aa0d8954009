# Demo survey: questions and answer options (Amharic / አማርኛ).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = አሁን ከትምህርትዎ ወይም ከፕሮግራምዎ ፈቃድ ላይ ነዎት?
q-group = በምን ውስጥ ይሳተፋሉ?
opt-group-training = የኖርዌይኛ ቋንቋ እና የማኅበረሰብ ዕውቀት ትምህርት
opt-group-introduction = የመግቢያ ፕሮግራሙ
opt-group-both = ሁለቱንም

## Answers used by many questions

answer-yes = አዎ
answer-no = አይ
scale-1 = ፈጽሞ አልስማማም
scale-2 = በመጠኑ አልስማማም
scale-3 = ገለልተኛ ነኝ
scale-4 = በመጠኑ እስማማለሁ
scale-5 = ሙሉ በሙሉ እስማማለሁ

## Block titles

block-background = ስለ እርስዎ
block-training = የኖርዌይኛ ትምህርት
block-introduction = የመግቢያ ፕሮግራሙ
block-wellbeing = ደህንነትና ምቾት

## About you

q-age = ዕድሜዎ ስንት ነው?
opt-age-18-25 = ከ18 እስከ 25 ዓመት
opt-age-26-35 = ከ26 እስከ 35 ዓመት
opt-age-36-45 = ከ36 እስከ 45 ዓመት
opt-age-46-55 = ከ46 እስከ 55 ዓመት
opt-age-56-plus = 56 ዓመት ወይም ከዚያ በላይ
q-time-in-norway = በኖርዌይ ለምን ያህል ጊዜ ኖረዋል?
opt-time-under-1 = ከአንድ ዓመት ያነሰ
opt-time-1-2 = ከአንድ እስከ ሁለት ዓመት
opt-time-3-5 = ከሦስት እስከ አምስት ዓመት
opt-time-over-5 = ከአምስት ዓመት በላይ
q-course-level = በኖርዌይኛ ትምህርት በየትኛው ደረጃ ላይ ነዎት?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ወይም ከዚያ በላይ
opt-level-unknown = አላውቅም

## Norwegian language training and social studies

q-motivated = ኖርዌይኛ መማር እፈልጋለሁ።
q-everyday-norwegian = በዕለት ተዕለት ኑሮዬ የምጠቀምበትን ኖርዌይኛ እማራለሁ።
q-teacher-explains = አስተማሪው በሚገባኝ መንገድ ያስረዳል።
q-pace = የትምህርቱ ፍጥነት ይስማማኛል።
q-social-studies = የማኅበረሰብ ዕውቀት ትምህርት ኖርዌይን እንድረዳ ይረዳኛል።
q-use-outside = ከመማሪያ ክፍል ውጭ ኖርዌይኛ እጠቀማለሁ።
q-practice-hours = ከትምህርት ሰዓት ውጭ በሳምንት ስንት ሰዓት ኖርዌይኛ ይለማመዳሉ?
opt-hours-0-1 = ከዜሮ እስከ አንድ ሰዓት
opt-hours-2-5 = ከሁለት እስከ አምስት ሰዓት
opt-hours-6-10 = ከስድስት እስከ አሥር ሰዓት
opt-hours-over-10 = ከአሥር ሰዓት በላይ
q-helps-learning = ኖርዌይኛ ሲማሩ በጣም የሚረዳዎት ምንድን ነው? ከአንድ በላይ መልስ መምረጥ ይችላሉ።
opt-help-teacher = አስተማሪው
opt-help-classmates = ሌሎች የክፍል ጓደኞች
opt-help-apps = አፖች እና ኢንተርኔት
opt-help-work = ሥራ ወይም የሥራ ልምምድ
opt-help-media = ቴሌቪዥን፣ ሬዲዮ እና ጋዜጦች
opt-help-friends = ጓደኞች እና ጎረቤቶች

## The introduction programme

q-know-goal = የፕሮግራሜ ግብ ምን እንደሆነ አውቃለሁ።
q-made-plan = የፕሮግራምዎን ዕቅድ በማዘጋጀት ተሳትፈዋል?
q-programme-helps-work = ፕሮግራሙ ሥራ ወይም ትምህርት እንዳገኝ ይረዳኛል።
q-adviser-help = ከፕሮግራም አማካሪዬ የሚያስፈልገኝን እርዳታ አገኛለሁ።
q-had-work-practice = በፕሮግራሙ ውስጥ የሥራ ልምምድ አድርገዋል?
q-work-practice-useful = የሥራ ልምምዱ ጠቅሞኛል።
q-after-programme = ከፕሮግራሙ በኋላ ምን ማድረግ ይፈልጋሉ?
opt-after-work = መሥራት
opt-after-education = መማር
opt-after-both = መሥራትም መማርም
opt-after-unknown = ገና አላውቅም

## Wellbeing

q-thrive = በምማርበት ትምህርት ቤት ደስተኛ ነኝ።
q-safe = በምማርበት ትምህርት ቤት ደህንነት ይሰማኛል።
q-respect = በአክብሮት ይያዙኛል።
q-someone-to-talk = ሲያስፈልገኝ የማወራው ሰው አለኝ።
q-overall-satisfied = በአጠቃላይ በማገኘው ትምህርት ረክቻለሁ።
q-anything-else = ሊነግሩን የሚፈልጉት ሌላ ነገር አለ? ይህን ጥያቄ መዝለል ይችላሉ።
