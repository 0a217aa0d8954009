# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = ብዛዕባ እቲ ትምህርቲ እንታይ ትሓስቡ?
invitation-page-intro = { $municipality } ብዛዕባ ትምህርቲ ቋንቋ ኖርወይን መእተዊ ፕሮግራምን እንታይ ከም እትሓስቡ ክፈልጥ ይደሊ። ብሞባይል፣ ታብሌት ወይ ኮምፒተር መልሱ።
invitation-page-anonymous = ምስታፍ ብድሌትኩም እዩ፣ ስምኩም ድማ ኣይሕተትን። ዝኾነ ሰብ እትምልስዎ ክርኢ ኣይክእልን።
invitation-page-steps = ነቲ QR ኮድ ብካሜራ ስካን ግበሩ፣ ወይ ነቲ ሊንክ ኣብ ብራውዘር ጽሓፉ። ቋንቋኹም ምረጹ። ንኹሎም ሕቶታት ክትሰምዕዎም ትኽእሉ ኢኹም።
invitation-page-code = ኮድ እንተተሓቲትኩም፣ ነዚ ጽሓፉ፦ { $code }
invitation-page-deadline = ክሳብ { $close } መልሱ።

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = ብዛዕባ ትምህርቲ ርእይቶኹም ንገሩና፦ { $link }

## The e-mail

invitation-email-subject = ብዛዕባ እቲ ትምህርቲ እንታይ ትሓስቡ? ነቲ መጽናዕቲ መልሱ
invitation-email-body =
    ሰላም!
    
    { $municipality } ብዛዕባ ትምህርቲ ቋንቋ ኖርወይን መእተዊ ፕሮግራምን እንታይ ከም እትሓስቡ ክፈልጥ ይደሊ።
    ምስታፍ ብድሌትኩም እዩ፣ ስምኩም ድማ ኣይሕተትን። ዝኾነ ሰብ እትምልስዎ ክርኢ ኣይክእልን።
    
    ነቲ ሊንክ ብሞባይል፣ ታብሌት ወይ ኮምፒተር ክፈትዎ፣ ቋንቋኹም ምረጹ፣ ንሕቶታት ድማ መልሱ።
    ንኹሎም ሕቶታት ክትሰምዕዎም ትኽእሉ ኢኹም።
    
    { $link }
    
    ኮድ እንተተሓቲትኩም፣ ነዚ ጽሓፉ፦ { $code }
    ክሳብ { $close } መልሱ።
    
    ስለ ሓገዝኩም የቐንየልና!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = እቲ መጽናዕቲ ኣብ ናይ ኦንላይን ትምህርቲ (Teams ወይ Zoom)
invitation-lesson-steps =
    1. ነቲ ሊንክ ኣብ ቻት ለጥፍዎ፦ { $link }
    2. ተሳተፍቲ ነቲ ሊንክ ኣብቲ እተካፍልዎ ስክሪን ዘይኮነስ፣ ኣብ ናይ ባዕሎም ሞባይል፣ ታብሌት ወይ ኮምፒተር ክኸፍትዎ ሕተትዎም።
    3. ሓደ ሰብ ኮድ እንተተሓቲቱ፣ ነቲ ኮድ ኣብ ቻት ጽሓፍዎ፦ { $code }
    4. እቲ መጽናዕቲ ብዘይ ስም ምዃኑ፣ ዝኾነ ሰብ፣ መምህር እውን ከይተረፈ፣ ነቲ መልስታት ክርኢ ከም ዘይክእል ንገርዎም።
    5. ተሳተፍቲ ክምልሱ ከለዉ፣ ናይ ገዛእ ርእስኹም ስክሪን ምክፋል ኣቋርጹ፣ ዘድልዮም ግዜ ድማ ሃብዎም።
    6. ኢንተርነት ዝተቋረጾ ሰብ ምምላሱ ክውድእ ይኽእል እዩ፦ እቲ መልሲ ኢንተርነት ምስ ተመልሰ ይለኣኽ።

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = ቅድም ክትፍትኑ ትደልዩ? ኣብቲ ናይ ፈተነ ስሪት ዋላ ሓንቲ ኣይዕቀብን፦ { $demo }
invitation-lesson-demo = ቅድሚ ምምላስኩም፦ ነቲ ናይ ፈተነ ስሪት ኣብቲ እተካፍልዎ ስክሪን ኣርእዩ፣ ብሓባር ድማ ተዓዘብዎ። ዋላ ሓንቲ ኣይዕቀብን፦ { $demo }
