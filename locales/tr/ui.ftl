# Screen texts of the kiosk in Turkish (Türkçe). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Hoş geldiniz!
welcome-choose-language = Dilinizi seçin
welcome-instructions = Başlamak için dilinize dokunun. Metni dinlemek için hoparlöre dokunun.
welcome-start = Başla

## Privacy notice

privacy-title = Anket hakkında
privacy-notice =
    Bu anket anonimdir. Adınızı sormuyoruz ve kimse ne cevap verdiğinizi göremez.
    Cevap vermek isteğe bağlıdır. İstediğiniz zaman bırakabilirsiniz, o zaman hiçbir şey kaydedilmez.
    Cevaplarınız şifrelenir ve Entegrasyon ve Çeşitlilik Müdürlüğüne (Integrerings- og mangfoldsdirektoratet, IMDi) gönderilir.
    Belediyeniz sadece birçok kişinin cevaplarını bir arada görür, cevapları asla tek tek görmez.
    Anket, Giriş Programı Kanunu (introduksjonsloven) § 25 ve Entegrasyon Kanunu (integreringsloven) § 41 hükümlerine uygundur.
privacy-accept = Anladım, devam et

## Moving through the survey

nav-next = İleri
nav-back = Geri
nav-play = Metni dinle
nav-stop-sound = Sesi durdur
progress = Soru { $current } / { $total }
free-text-placeholder = İsterseniz buraya yazın
free-text-skip = Atla
choose-one = Bir cevap seçin.
choose-many = Bir veya daha fazla cevap seçin.

## Endings

screening-ended = Teşekkürler! Şimdi bu anketi cevaplamanız gerekmiyor. Öğretmeninize söyleyin.
finish-thanks = Cevaplarınız için çok teşekkür ederiz!
finish-next = Şimdi sıradaki kişi cevap verebilir.
survey-closed = Anket şu anda kapalı.
survey-closed-detail = Anket { $opens } ile { $closes } arasında açıktır.

## Idle warning

idle-title = Hâlâ orada mısınız?
idle-countdown = Anket { $seconds } saniye sonra yeniden başlayacak ve cevaplarınız silinecek.
idle-continue = Devam etmek istiyorum

## Sound

sound-unavailable = Bu cihazda ses çalışmıyor.
display-text-size = Daha büyük yazı
display-contrast = Daha güçlü renkler

## Practice mode

practice-banner = Alıştırma sürümü: hiçbir şey kaydedilmez.

## Coordinator mode

coord-title = Koordinatör
coord-pin-set = Koordinatör için bir PIN kodu seçin
coord-pin-enter = PIN kodunu girin
coord-pin-confirm = PIN kodunu kaydet
coord-unlock = Kilidi aç
coord-pack = İçerik paketi
coord-period = Anket açık
coord-pending = Gönderilmeyi bekleyen cevaplar
coord-synced = Gönderilen cevaplar
coord-last-sync = Son gönderim
coord-never = Hiçbir zaman
coord-audio = Ses
coord-audio-ok = Çalışıyor
coord-audio-missing = Ses cihazı yok
coord-practice-on = Bir alıştırma turu başlat
coord-practice-off = Alıştırma turunu iptal et
coord-enrol = Belediyeye bağlan
coord-collector-url = Veri toplama hizmetinin adresi
coord-access-code = Belediyeden alınan erişim kodu
coord-kiosk-name = Bu kioskun adı (isteğe bağlı, örneğin Oda 204)
coord-enrolled = Bağlı olduğu belediye: { $municipality }
coord-sync = Cevapları şimdi gönder
coord-sync-progress = Gönderilen: { $done } / { $total }
coord-sync-done = Tüm cevaplar gönderildi.
coord-sync-stop = Göndermeyi durdur
coord-sync-retrying = Veri toplama hizmeti yanıt vermiyor. Tekrar deneniyor ({ $retries }. deneme).
coord-sync-stopped = Gönderme durduruldu.
coord-sync-sent = Şimdi gönderilen: { $count } cevap.
coord-sync-kept-future-date = Şimdilik kabul edilmeyen cevaplar: { $count }. Toplama hizmeti tarihlerinin gelecekte olduğunu söylüyor. Bu cihazın tarihi: { $kiosk }. Toplama hizmetinin tarihi: { $collector }. Cevaplar burada güvenle saklanıyor ve bir dahaki sefere yeniden gönderilecek. İki tarihten hangisinin yanlış olduğunu bulun.
coord-sync-kept-outside-period = Şimdilik kabul edilmeyen cevaplar: { $count }. Tarihleri anket döneminin dışında. Bu cihazın tarihi: { $kiosk }. Toplama hizmetinin tarihi: { $collector }. Cevaplar burada güvenle saklanıyor ve bir dahaki sefere yeniden gönderilecek. Anketi yürütenlerle iletişime geçin.
coord-sync-refused-other = { $count } cevap kabul edilmedi ({ $reason }). Anketi yürütenlerle iletişime geçin.
coord-sync-waiting = { $count } cevap hâlâ gönderilmeyi bekliyor. Bu cihazda güvenle saklanıyorlar ve bir dahaki sefere gönderilecekler.
coord-sync-new-content = Yeni içerik yüklendi (sürüm { $version }).
coord-exit = Kiosku kapat
coord-close = Kapat
coord-pin-rule = PIN kodu 4 ile 12 rakamdan oluşur.
coord-pin-again = Aynı PIN kodunu bir kez daha yazın
coord-keypad-erase = Sil
coord-auto-locked = Ekran bir süre kimse kullanmadığı için kilitlendi.
coord-exit-question = Kioskı kapatmak istiyor musunuz? Yeniden başlatılana kadar kimse cevap veremez.
coord-exit-yes = Evet, kapat
coord-exit-no = Hayır, geri dön
coord-practice-ready = Sıradaki kişi alıştırma sürümünü alır. Hiçbir şey kaydedilmez. Bir turdan sonra kiosk gerçek cevaplara geri döner.
coord-sound-test = Sesi dene
coord-sound-test-playing = Şimdi “Hoş geldiniz!” sözünü duymalısınız. Hiçbir şey duymuyorsanız ses düzeyini ve kulaklığı kontrol edin.
coord-sound-test-none = Ses cihazı bulunamadı. Kulaklık ya da hoparlör takın ve kioskı yeniden başlatın.
coord-voices = Başka bir dilin sesiyle okunan diller
coord-voices-none = Yok
coord-recorded = Kaydedilmiş sesler (geri kalanı yapay ses)
coord-recorded-none = Henüz yok: tüm sesler yapay ses
coord-update-offered = Kioskun { $version } sürümü hazır. BT personelinden bu makineyi güncellemesini isteyin (apt upgrade). Burada bekleyen yanıtlar korunur.

## Errors shown to people

error-answer-required = Bu soruyu cevaplamanız gerekiyor.
error-invalid-answer = Bu cevap soruya uymuyor.
error-pin-wrong = Yanlış PIN kodu.
error-pin-throttled = Çok fazla deneme yapıldı. { $seconds } saniye bekleyin.
error-pin-too-short = PIN kodu en az dört rakamdan oluşmalıdır.
error-pin-mismatch = İki PIN kodu aynı değil. Yeniden yazın.
error-no-network = Veri toplama hizmetine bağlanılamıyor. Ağı kontrol edin ve tekrar deneyin.
error-wrong-code = Erişim kodu yanlış.
error-locked-out = Çok fazla yanlış deneme yapıldı. Daha sonra tekrar deneyin.
error-kiosk-revoked = Bu kioskun bağlantısı kesildi. Belediyeyle iletişime geçin.
error-not-enrolled = Kiosk henüz bir belediyeye bağlı değil.
error-collector-refused = Veri toplama hizmeti cevapları kabul etmedi.
error-collector-full = Veri toplama hizmetinde yer kalmadı ve cevaplar kaydedilemedi. Cevaplar bu cihazda güvenle bekliyor; daha sonra yeniden eşitleyin.
error-collector-read-only = Veri toplama hizmeti şu anda hiçbir şey kaydedemiyor. Cevaplar bu cihazda güvenle bekliyor; daha sonra yeniden eşitleyin.
error-certificate-expired = Veri toplama hizmetinin sertifikasının süresi dolmuş (ya da bu cihazın saati yanlış). Cevaplar bu cihazda güvenle bekliyor.
error-certificate-wrong-name = Veri toplama hizmetinin sertifikası, bu kioska verilen adresten başka bir ad için yapılmış. Cevaplar bu cihazda güvenle bekliyor.
error-certificate-untrusted = Veri toplama hizmetinin sertifikasına bu cihazda güvenilmiyor. Sertifika yetkilisini kiosk ayarlarına ekleyin. Cevaplar burada güvenle bekliyor.
error-pack-invalid = İçerik paketi geçersiz ve kullanılmayacak.
error-survey-closed = Anket şu anda açık değil.
error-storage = Kaydedilemedi. Hiçbir şey kaybolmadı. Öğretmeninize söyleyin.
error-audio = Ses çalınamadı.
error-internal = Bir sorun oluştu. Öğretmeninize söyleyin.
error-unsent-other-municipality = Bu cihazda henüz gönderilmemiş cevaplar var. Cihazı başka bir belediyeye bağlamadan önce bu cevapları gönderin.
error-insecure-collector = Veri toplama hizmetinin adresi https:// ile başlamalı. Cevaplar sadece şifreli olarak gönderilir.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Kodu girin
web-code-help = Kod, belediyeden gelen mesajda yazıyor, örneğin 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Kod
web-code-submit = Devam
web-code-wrong = Kod doğru değil. Yazım hatası olup olmadığına bakın ve tekrar deneyin.
web-code-throttled = Çok fazla deneme yapıldı. { $seconds } saniye bekleyin ve tekrar deneyin.
web-code-throttled-spoken = Çok fazla deneme yapıldı. Biraz bekleyin ve tekrar deneyin.
web-code-offline = İnternete bağlı değilsiniz. Kodu girmek için internete bağlanın.
web-language-not-kept = Bu dil bu cihazda kayıtlı değil ve şu anda çevrimdışısınız. Aşağıdaki dillerden birini seçin ya da çevrimiçi olduğunuzda tekrar deneyin.
web-page-title = Anonim anket
web-more = Diğer seçenekler
web-insecure = Bu sayfa güvenli bir bağlantıyla (https) açılmadı. Cevabınız buradan gönderilmeyecek. Size gönderilen linki tekrar açın.
web-sent = Cevabınız gönderildi. Teşekkürler!
web-waiting = Cevabınız bu cihazda şifreli olarak kaydedildi. İnternete tekrar bağlandığınızda kendiliğinden gönderilecek. Sayfayı açık bırakın veya daha sonra tekrar açın.
web-slowed = Şu anda aynı anda çok sayıda cevap geliyor. Cevabınız bu cihazda şifreli olarak kaydedildi ve birkaç dakika içinde kendiliğinden gönderilecek. Sayfayı açık bırakın veya daha sonra tekrar açın.
web-another = Başka bir kişi cevap versin

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Türkçe
nav-done = Tamam
nav-stop = Durdur
stop-confirm = Bırakmak istiyor musunuz? Cevaplarınız silinecek. Hiçbir şey kaydedilmeyecek.
stop-yes = Evet, bırak
stop-no = Hayır, devam etmek istiyorum
screening-confirm = Evet cevabını verdiniz. O zaman anket sizin için burada bitiyor. Doğru mu?
screening-confirm-yes = Evet, doğru
error-nothing-chosen = Hiçbir şey seçmediniz. Bir cevaba dokunun.
error-wrong-step = Ekran değişti. Şimdi buradasınız.
listen-all = Hepsini dinleyin
volume-up = Sesi açın
volume-down = Sesi kısın
sound-playing = Ses çalıyor. Durdurmak için dokunun.
idle-spoken = Hâlâ orada mısınız? Ekrana dokunmazsanız anket yeniden başlar ve cevaplarınız silinir.
coord-auto-play-on = Soruları sesli okumayı aç
coord-auto-play-off = Soruları sesli okumayı kapat

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Bu bir deneme sürümüdür. Cevaplarınız kaydedilmez ve gönderilmez.
invite-title = Eğitim hakkında ne düşünüyorsunuz?
invite-what = Norveççe eğitimi ve Giriş Programı hakkında ne düşündüğünüzü bilmek istiyoruz.
invite-anonymous = Katılım isteğe bağlı ve anonimdir. Kimse cevaplarınızı göremez.
invite-time = Yaklaşık on dakika sürer.
invite-ear = Her şeyi dinleyebilirsiniz. Metni duymak için hoparlöre dokunun. Seçmek için cevabınıza dokunun.
invite-help = Yardıma mı ihtiyacınız var? Öğretmeninize veya güvendiğiniz birine sorun.
invite-start = Ankete başla
