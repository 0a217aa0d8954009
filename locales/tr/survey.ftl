# Demo survey: questions and answer options in Turkish (Türkçe). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Şu anda eğitiminizden veya programınızdan izinli misiniz?
q-group = Neye katılıyorsunuz?
opt-group-training = Norveççe ve toplum bilgisi eğitimi
opt-group-introduction = Giriş Programı
opt-group-both = İkisine de

## Answers used by many questions

answer-yes = Evet
answer-no = Hayır
scale-1 = Hiç katılmıyorum
scale-2 = Biraz katılmıyorum
scale-3 = Ne katılıyorum ne katılmıyorum
scale-4 = Biraz katılıyorum
scale-5 = Tamamen katılıyorum

## Block titles

block-background = Sizin hakkınızda
block-training = Norveççe eğitimi
block-introduction = Giriş Programı
block-wellbeing = Memnuniyet

## About you

q-age = Kaç yaşındasınız?
opt-age-18-25 = 18 ile 25 yaş arası
opt-age-26-35 = 26 ile 35 yaş arası
opt-age-36-45 = 36 ile 45 yaş arası
opt-age-46-55 = 46 ile 55 yaş arası
opt-age-56-plus = 56 yaş veya üstü
q-time-in-norway = Ne kadar zamandır Norveç'te yaşıyorsunuz?
opt-time-under-1 = Bir yıldan az
opt-time-1-2 = Bir ile iki yıl arası
opt-time-3-5 = Üç ile beş yıl arası
opt-time-over-5 = Beş yıldan fazla
q-course-level = Norveççe eğitiminde hangi seviyedesiniz?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 veya üstü
opt-level-unknown = Bilmiyorum

## Norwegian language training and social studies

q-motivated = Norveççe öğrenmek istiyorum.
q-everyday-norwegian = Günlük hayatta ihtiyacım olan Norveççeyi öğreniyorum.
q-teacher-explains = Öğretmen anlayacağım şekilde anlatıyor.
q-pace = Derslerin hızı bana uygun.
q-social-studies = Toplum bilgisi dersi Norveç'i anlamama yardımcı oluyor.
q-use-outside = Sınıf dışında da Norveççe kullanıyorum.
q-practice-hours = Ders dışında haftada kaç saat Norveççe pratik yapıyorsunuz?
opt-hours-0-1 = Sıfır ile bir saat arası
opt-hours-2-5 = İki ile beş saat arası
opt-hours-6-10 = Altı ile on saat arası
opt-hours-over-10 = On saatten fazla
q-helps-learning = Norveççe öğrenirken size en çok ne yardımcı oluyor? Birden fazla cevap seçebilirsiniz.
opt-help-teacher = Öğretmen
opt-help-classmates = Sınıf arkadaşları
opt-help-apps = Uygulamalar ve internet
opt-help-work = İş veya staj
opt-help-media = Televizyon, radyo ve gazeteler
opt-help-friends = Arkadaşlar ve komşular

## The introduction programme

q-know-goal = Programımın amacının ne olduğunu biliyorum.
q-made-plan = Programınızın planını hazırlamaya siz de katıldınız mı?
q-programme-helps-work = Program, iş bulmama veya eğitim almama yardımcı oluyor.
q-adviser-help = Program danışmanımdan ihtiyacım olan yardımı alıyorum.
q-had-work-practice = Programda iş stajı yaptınız mı?
q-work-practice-useful = İş stajı benim için faydalı oldu.
q-after-programme = Programdan sonra ne yapmak istiyorsunuz?
opt-after-work = Çalışmak
opt-after-education = Eğitim almak
opt-after-both = Hem çalışmak hem eğitim almak
opt-after-unknown = Henüz bilmiyorum

## Wellbeing

q-thrive = Gittiğim okulda kendimi iyi hissediyorum.
q-safe = Gittiğim okulda kendimi güvende hissediyorum.
q-respect = Bana saygıyla davranılıyor.
q-someone-to-talk = İhtiyacım olduğunda konuşabileceğim biri var.
q-overall-satisfied = Genel olarak aldığım eğitimden memnunum.
q-anything-else = Bize söylemek istediğiniz başka bir şey var mı? Bu soruyu atlayabilirsiniz.
