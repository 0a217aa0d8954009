# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Eğitim hakkında ne düşünüyorsunuz?
invitation-page-intro = { $municipality }, Norveççe eğitimi ve Giriş Programı hakkında ne düşündüğünüzü bilmek istiyor. Telefondan, tabletten veya bilgisayardan cevap verin.
invitation-page-anonymous = Katılım isteğe bağlı ve anonimdir. Kimse cevaplarınızı göremez.
invitation-page-steps = QR kodunu kamerayla tarayın veya bağlantıyı tarayıcıya yazın. Dilinizi seçin. Bütün soruları dinleyebilirsiniz.
invitation-page-code = Sizden kod istenirse şunu yazın: { $code }
invitation-page-deadline = En geç { $close } tarihine kadar cevap verin.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Eğitim hakkındaki fikrinizi yazın: { $link }

## The e-mail

invitation-email-subject = Eğitim hakkında ne düşünüyorsunuz? Anketi cevaplayın
invitation-email-body =
    Merhaba!
    
    { $municipality }, Norveççe eğitimi ve Giriş Programı hakkında ne düşündüğünüzü bilmek istiyor.
    Katılım isteğe bağlı ve anonimdir. Kimse cevaplarınızı göremez.
    
    Bağlantıyı telefonda, tablette veya bilgisayarda açın, dilinizi seçin ve soruları cevaplayın.
    Bütün soruları dinleyebilirsiniz.
    
    { $link }
    
    Sizden kod istenirse şunu yazın: { $code }
    En geç { $close } tarihine kadar cevap verin.
    
    Yardımınız için teşekkürler!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Çevrim içi derste anket (Teams veya Zoom)
invitation-lesson-steps =
    1. Bağlantıyı sohbete yapıştırın: { $link }
    2. Katılımcılardan bağlantıyı paylaştığınız ekranda değil, kendi telefonlarında, tabletlerinde veya bilgisayarlarında açmalarını isteyin.
    3. Birinden kod istenirse kodu sohbete yazın: { $code }
    4. Anketin anonim olduğunu ve öğretmen dahil hiç kimsenin cevapları göremeyeceğini söyleyin.
    5. Katılımcılar cevap verirken kendi ekranınızı paylaşmayı durdurun ve onlara ihtiyaç duydukları kadar zaman tanıyın.
    6. İnterneti kesilen kişi cevaplamayı yine de bitirebilir: cevap, internet geri gelince gönderilir.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Önce denemek ister misiniz? Deneme sürümünde hiçbir şey kaydedilmez: { $demo }
invitation-lesson-demo = Cevaplamadan önce: deneme sürümünü paylaştığınız ekranda gösterin ve birlikte üzerinden geçin. Hiçbir şey kaydedilmez: { $demo }
