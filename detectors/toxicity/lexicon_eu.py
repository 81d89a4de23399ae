"""Lexicon entries in other European languages (feature version 8, session 18, candidate T12).

Spanish, French, German, Portuguese, Italian, Dutch, Polish and Turkish words for the existing classes of
:mod:`detectors.toxicity.lexicon`, written from general knowledge (not from any data file's wording), so that
"eres un idiota", "je vais te tuer" or "du bist ein Versager" give the class n-grams (``@you @det @insult``,
``@will @you @violence``) the English rows taught the model. Words are lower case as the feature extractor
sees them (:func:`detectors.toxicity.features.clip_text` lower-cases; accents are kept), so common words
are listed with and without their accents ("estúpido estupido"). Plurals in ``s`` are found by
:func:`detectors.toxicity.lexicon.word_class`'s ``s`` strip; other plurals are listed.

Left out on purpose: words that are common English words or common words of another listed language in a
different role (French "du" and "con", Dutch "je", "dom" and "mes", Spanish "son", Italian "rom",
"ton", "dir", "pic", "most", "ip", "os", "um", "ty", "sang", "tote"; Turkish "sen", whose ``s`` form is French
"sens"), and swear words used as exclamations ("mierda", "merde", "scheiße",
"cazzo", "kurwa"), which mark profanity, not an insult aimed at someone (as in the English lists).
English entries keep their class when a word here spells the same (:data:`detectors.toxicity.lexicon.LEXICON`).

>>> EU_SOURCES["@insult"].split()[:2]
['idiota', 'idiotas']
"""

from __future__ import annotations

__all__ = ["EU_SOURCES"]

_YOU = """
tú tu tus te ti contigo tuyo tuya usted ustedes vosotros vosotras eres
toi tes t'es t'as vous votre vos
dich dein deine deinen deinem deiner bist
você voce vocês voces teu tua teus tuas
tuo tua tuoi tue sei
jij jou jouw jullie
ciebie cię cie tobie twój twoj twoja twoje jesteś jestes
seni sana senin
"""
_SELF = "mich mezelf mijzelf kendimi moi-même"
_BE = "es está estás estas est sont êtes ist sind seid é são è sono siete zijn jest są"
_DET = """
un una uno el la los las esa ese este esta qué
une le les ce cette ces quel quelle espèce
ein eine einen einem einer der das solch völlig
uma tão
il lo gli che così
een het zo'n
bir
"""
_INSULT = """
idiota idiotas imbécil imbecil imbéciles imbeciles estúpido estupido estúpida estupida estúpidos estupidos tonto
tonta pendejo pendeja gilipollas cabrón cabron cabrona puta puto zorra perra inútil inutil inútiles inutiles
subnormal retrasado retrasada payaso payasa basura cretino cretina huevón huevon boludo boluda pelotudo pelotuda
baboso babosa tarado tarada asqueroso asquerosa patético patetico patética patetica cobarde mentiroso mentirosa
gusano cerdo cerda perdedor fracasado fracasada ignorante capullo bobo necio necia desgraciado desgraciada
malparido malparida hijueputa mamón mamon imbécil feo fea gordo gorda
idiote crétin crétine connard connards connasse abruti abrutie imbécile débile debile stupide minable pathétique
pathetique salope salopes pute enfoiré enfoire enfoirés enculé encule bâtard batard bouffon bouffonne naze
tocard tocarde raté ratée ordure ordures déchet merdeux menteur menteuse cinglé taré tarée moche dégueulasse
degueulasse boulet pouffiasse sous-merde lâche
idioten dummkopf dumm dumme dummer dummes blöd blöde blöder blod doof doofe trottel arschloch arschlöcher
arschloecher wichser hurensohn schlampe hure huren fotze missgeburt vollidiot vollidioten depp deppen versager
versagerin penner spast spasti mistkerl drecksau dreckskerl schwein schweine sau lügner luegner feigling
nichtsnutz taugenichts hässlich hässliche haesslich ekelhaft widerlich erbärmlich erbaermlich nutzlos wertlos
müll muell kotzbrocken spacko
imbecis estúpidos burro burra otário otario otária otaria babaca panaca palhaço palhaco palhaça palhaca lixo
nojento nojenta covarde verme porco porca vagabundo vagabunda vadia arrombado arrombada fdp corno desgraçado
desgraçada escroto escrota trouxa fracassado feio feia
idioti stupido stupida stupidi imbecille imbecilli coglione coglioni stronzo stronza stronzi deficiente
deficienti scemo scema cazzone puttana troia zoccola bastardo bastarda bastardi cornuto schifoso schifosa
fallito fallita inutile inutili patetico patetica vigliacco bugiardo bugiarda pagliaccio sfigato sfigata babbeo
ritardato ritardata mongoloide maiale
idioot idioten sukkel sukkels lul klootzak klootzakken eikel eikels hoer hoeren slet trut debiel mongool
kankerlijer tyfuslijer randdebiel stomme achterlijk achterlijke zielig zielige waardeloos waardeloze lelijk
lelijke lafaard leugenaar nietsnut schoft rotzak varken
idiotka debil kretyn kretynka dureń durniu głupi glupi głupia glupia głupek glupek frajer cwel pojeb pojebany
chuj kutas dziwka suka szmata śmieć smiec żałosny zalosny gnida świnia swinia matoł matol tępak tepak palant
aptal salak gerizekalı gerizekali şerefsiz serefsiz orospu piç ahmak beyinsiz pislik köpek kopek eşek esek
yavşak yavsak kaltak sürtük surtuk pezevenk iğrenç igrenc rezil korkak yalancı yalanci çirkin cirkin şişko
"""
_VIOLENCE = """
matar mataré matare mato matarte matarlo matarla mátalo matalo maten muerte muerto muerta morir muérete
muerete golpear apuñalar apunalar apuñalarte disparar dispararte quemar quemarte ahorcar degollar estrangular
reventar destruir destruirte cuchillo navaja pistola arma armas bala balas bomba sangre sangrar torturar violar
asesinar asesinato paliza rajar
tuer tué tuerai tuerais tuerait crever crève creve buter égorger egorger poignarder étrangler etrangler
frapper cogner défoncer defoncer massacrer brûler bruler noyer mort morte morts mourir meurs saigner
couteau flingue fusil armes bombe détruire detruire violer torturer pendre abattre fracasser cramer
töten toeten töte toete tötet umbringen ermorden mord mörder moerder abstechen erstechen erschießen
erschiessen erwürgen erwuergen schlagen verprügeln verpruegeln zusammenschlagen abknallen verbrennen ertränken
sterben stirb stirbt krepieren verreck verrecke verrecken blut bluten messer waffe waffen pistole gewehr kugel
bombe zerstören zerstoeren vergewaltigen foltern aufhängen abschlachten toten
matar-te mata-lo matá-lo morrer morra morto morta morte esfaquear atirar espancar queimar enforcar afogar
sangue sangrar faca estuprar degolar socar surra porrada
uccidere ucciderò uccidero ucciderti ammazzare ammazzo ammazzarti t'ammazzo ammazzerò ammazzero morire muori
accoltellare sparare spararti strangolare picchiare pestare bruciare annegare sanguinare coltello armi
proiettile distruggere stuprare violentare torturare impiccare sgozzare massacrare massacro
vermoorden vermoord doden dood doodmaken neersteken neerschieten schieten wurgen slaan verbranden verdrinken
sterven sterf bloed bloeden wapen pistool geweer kogel vernietigen verkrachten martelen ophangen afmaken
zabić zabic zabiję zabije zajebać zajebac zajebię zajebie śmierć smierc umrzeć umrzec zdychaj zdechnij pobić
pobic zadźgać zadzgac zastrzelić zastrzelic udusić udusic spalić spalic krew nóż noz broń pistolet zgwałcić
zniszczyć
öldürmek öldür oldur öldürürüm oldururum öldüreceğim olduracegim geber gebertirim öldürücem ölüm ölmek
bıçak bicak bıçaklarım vururum vurmak döverim doverim dövmek yakarım yakmak silah kurşun kursun tecavüz
işkence
"""
_SELFHARM = """
suicidio suicidarme suicidarse suicida matarme cortarme autolesión autolesion sobredosis pastillas ahorcarme
colgarme puente cuerda azotea cuchilla cuchillas muñecas munecas vomitar purgar
suicider suicidaire surdose scarifier scarification pilules cachets pont corde lames poignets
selbstmord suizid suizidal überdosis ueberdosis pillen brücke bruecke strick ritzen pulsadern handgelenke
suicídio suicidar suicidar-me matar-me overdose comprimidos ponte corda lâmina pulsos
suicidarmi ammazzarmi uccidermi tagliarmi pillole pastiglie buttarmi lametta polsi
zelfmoord zelfdoding overdosis brug touw polsen
samobójstwo samobojstwo tabletki sznur żyletka zyletka nadgarstki
intihar jilet bileklerimi
"""
_LETHAL = """
letal indoloro mortel mortelle létal létale tödlich toedlich schmerzlos indolor letale mortale
indolore dodelijk pijnloos śmiertelny smiertelny śmiertelna smiertelna bezbolesny ölümcül olumcul acısız
"""
_CONCEAL = "esconder ocultar cacher verstecken verbergen nascondere verstoppen ukryć ukryc"
_DRUG = """
ibuprofeno analgésicos analgesicos somníferos somniferos antidepresivos somnifères somniferes antidépresseurs
schlaftabletten schlafmittel antidepressiva remédios remedios sonniferi antidepressivi slaappillen
"""
_MEANS = "tren vías trem comboio trilhos zug gleise gleis treno binari trein spoor pociąg pociag"
_GROUP = """
musulmanes musulmán musulman judíos judios judío judio negros inmigrantes inmigrante extranjeros moros sudacas
gitanos maricones maricón maricon marica mujeres refugiados migrantes árabes arabes
musulmans juifs juif noirs immigrés immigres étrangers etrangers réfugiés refugies gitans pédés pédé
femmes bougnoules
muslime moslems juden jude ausländer auslaender flüchtlinge fluechtlinge migranten zigeuner schwule
schwuchteln schwuchtel kanaken neger frauen türken tuerken araber asylanten
muçulmanos muculmanos judeus imigrantes estrangeiros ciganos viados viado mulheres
musulmani ebrei negri immigrati stranieri profughi zingari froci frocio finocchi donne terroni
moslims joden buitenlanders vluchtelingen allochtonen zigeuners negers vrouwen marokkanen turken
muzułmanie muzulmanie żydzi zydzi imigranci uchodźcy uchodzcy cyganie pedały pedaly pedał pedal geje kobiety
czarni arabowie
müslümanlar muslumanlar yahudiler göçmenler gocmenler suriyeliler mülteciler multeciler çingeneler ibneler
ibne kadınlar kadinlar kürtler kurtler araplar
"""
_DEHUMAN = """
cucarachas alimañas alimanas animales bestias parásitos parasitos plaga escoria infrahumanos salvajes
invasores invasión invasion simios monos sucios
cafards vermine animaux bêtes betes sauvages envahisseurs singes sous-hommes racaille
ratten kakerlaken ungeziefer tiere parasiten gesindel abschaum untermenschen invasoren affen schmarotzer
dreckig dreckige seuche barbaren
ratos vermes animais parasitas selvagens macacos escória imundos sujos
ratti scarafaggi parassiti animali selvaggi invasori scimmie feccia subumani sporchi piaga
kakkerlakken ongedierte dieren parasieten wilden apen tuig uitschot plaag
szczury karaluchy robactwo zwierzęta zwierzeta pasożyty pasozyty dzikusy małpy malpy podludzie hołota holota
brudasy
hayvan hayvanlar sıçanlar asalak asalaklar barbar vahşi vahsi maymun maymunlar
"""
_FATE = """
deportar deportarlos exterminar eliminar expulsar erradicar encerrar gasear
déporter deporter exterminer éliminer eliminer expulser éradiquer eradiquer gazer enfermer
abschieben ausweisen ausrotten vernichten vergasen rauswerfen einsperren deportieren eliminieren
deportare sterminare eliminare espellere rimpatriare gasare rinchiudere
deporteren uitroeien uitzetten vergassen opsluiten
deportować deportowac wytępić wytepic eksterminować zagazować
"""
_TECH = """
proceso procesos servidor servidores hilo hilos contenedor función funcion código codigo
processus serveur serveurs conteneur fonction
prozess prozesse kindprozess funktion
processo processos função funcao código processi funzione codice
proces processen functie serwer funkcja kod süreç surec sunucu fonksiyon
"""
_FICTION = """
juego novela historia escena capítulo capitulo película pelicula personaje villano dragón cuento
jeu histoire scène chapitre personnage récit
spiel geschichte szene kapitel bösewicht boesewicht drache erzählung
jogo história capítulo filme personagem vilão vilao
gioco romanzo storia scena capitolo personaggio drago racconto
spel verhaal hoofdstuk personage schurk draak
powieść powiesc opowiadanie rozdział postać złoczyńca smok
oyun hikaye sahne karakter ejderha
"""
_MEDICAL = """
médico medico dosis terapia terapeuta tratamiento síntomas sintomas medicación medicacion receta enfermera
paciente
médecin medecin thérapie therapie hôpital hopital traitement symptômes ordonnance infirmière
arzt ärztin therapeut krankenhaus behandlung symptome rezept notaufnahme klinik psychiater
tratamento receita enfermeira
ospedale trattamento sintomi ricetta infermiera paziente psicologo
dokter huisarts ziekenhuis behandeling symptomen recept
lekarz dawka szpital leczenie objawy
doktor terapi hastane tedavi
"""
_META = """
ofensivo ofensiva insulto insultos significa significado moderación comentario comentarios tóxico
offensant offensante insulte insultes injure signifie modération commentaire commentaires
beleidigend beleidigung schimpfwort bedeutet bedeutung kommentar kommentare
xingamento comentário
offensivo insulti parolaccia significato commento commenti
beledigend belediging scheldwoord betekent betekenis
obraźliwy obrazliwy obelga przekleństwo znaczy znaczenie komentarz
hakaret küfür kufur anlamı yorum
"""
_THREAT_AUX = "voy vas vamos iré vais j'vais werde wirst vou vai irei ga zal będę bede"
_COVERT = """
rastrear rastreador espiar contraseña contrasena desnudos hackear secretamente anónimamente
traquer espionner rumeur rumeurs pirater secrètement
ausspionieren spionieren orten passwort nacktbilder nacktfotos gerücht gerüchte geruecht geruechte
überwachen stalken
espionar senha boato boatos fofoca
spiare rintracciare localizzare pettegolezzi segretamente
bespioneren wachtwoord naaktfoto's naaktfotos roddels gerucht stiekem
szpiegować szpiegowac hasło haslo plotki
gizlice şifre sifre dedikodu
"""
_TARGET = """
ella él novia novio esposa marido vecina vecino
elle lui copine copain mari collègue voisin voisine
sie ihr ihn ihm freundin kollegin kollege nachbarin nachbar exfreundin
ela ele namorada namorado vizinha vizinho
lei fidanzata fidanzato moglie marito collega
zij hij vriendin buurvrouw buurman
jej jego ona dziewczyna żona sąsiad sasiad
onu kız kiz sevgilisi karısı karisi komşu komsu
"""
_EXPOSE = """
publicar compartir difundir humillar avergonzar exponer burlarse
publier partager diffuser humilier ridiculiser
veröffentlichen posten verbreiten bloßstellen blossstellen demütigen demuetigen
postar compartilhar espalhar humilhar expor
pubblicare postare condividere diffondere umiliare sputtanare deridere
verspreiden vernederen
opublikować udostępnić upokorzyć ośmieszyć
paylaşmak yaymak aşağılamak
"""
_PRIVATE = """
dirección direccion domicilio rutina horario fotos desnuda desnudo
adresse domicile horaires nue
wohnort arbeitsplatz nackt unterwäsche
endereço endereco rotina horário nua pelada
indirizzo nuda orari
adres woonadres foto's naakt
zdjęcia zdjecia
adresini fotoğraf fotograf fotoğraflarını çıplak ciplak
"""
_PURSUE = """
acosar acoso hostigar perseguir excluir aislar bombardear
harceler harcèlement harcelement exclure isoler
belästigen belaestigen verfolgen ausgrenzen mobben terrorisieren
assediar isolar
molestare perseguitare escludere isolare tormentare
lastigvallen pesten achtervolgen buitensluiten
nękać nekac prześladować przesladowac
taciz dışlamak
"""
_CROWD = "todos todas gente tous leute pessoal galera tutti ragazzi iedereen allemaal wszyscy herkes millet"
_CONDESCEND = """
cariño carino querida querido chérie cherie chéri schätzchen schaetzchen schatzi tesoro lieverd schatje
kochanie canım tatlım
"""
_REQUEST = """
ayúdame ayudame escribe redacta haz aide-moi écris rédige fais dis-moi hilf schreib schreibe formuliere
mach escreva escreve faça diga aiutami scrivi scrivimi dimmi schrijf maak zeg pomóż pomoz napisz
zrób zrob yaz
"""

#: Class name -> white-space separated words, the same classes as the English lists.
EU_SOURCES: dict[str, str] = {
    "@you": _YOU,
    "@self": _SELF,
    "@selfharm": _SELFHARM,
    "@lethal": _LETHAL,
    "@conceal": _CONCEAL,
    "@drug": _DRUG,
    "@means": _MEANS,
    "@group": _GROUP,
    "@dehuman": _DEHUMAN,
    "@fate": _FATE,
    "@insult": _INSULT,
    "@violence": _VIOLENCE,
    "@tech": _TECH,
    "@fiction": _FICTION,
    "@medical": _MEDICAL,
    "@meta": _META,
    "@will": _THREAT_AUX,
    "@be": _BE,
    "@det": _DET,
    "@covert": _COVERT,
    "@target": _TARGET,
    "@crowd": _CROWD,
    "@condescend": _CONDESCEND,
    "@expose": _EXPOSE,
    "@private": _PRIVATE,
    "@pursue": _PURSUE,
    "@request": _REQUEST,
}
