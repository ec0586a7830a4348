"""Word tables for turning ALL-CAPS values into normal case without breaking acronyms."""

from __future__ import annotations

# Words kept lower case inside a title (not at its start).
TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per than the to up via vs with "
    "de del der des di du la le les und von y el los las zu im am".split()
)

# Short upper-case words that are ordinary words, not acronyms. Any other all-caps token of at
# most three letters ("USA", "CEO", "EU") stays upper case; longer ones do when they have no vowel
# or when the document itself writes them in capitals inside ordinary text ("LSEG", "CSIRO").
COMMON_SHORT_WORDS = frozenset(
    """
    a about act add age ago aid aim air all also am an and any are area arm art as ask at away
    back bad ban bank base be been best big bill bird blue body bond book born both boy buy by
    call came camp can car card care case cash cat cell city club cold come cost crew cut
    data date day days deal dear deep did die diet do does dog done door down draw drop drug due
    each earn east easy eat edge else end ends era even ever evil eye face fact fair fall far
    farm fast fear feel fee few file fill film find fine fire firm fish fit five flag flat flow fly
    food for form four free from fuel full fund gain game gas gave get gift girl give go goal
    goes gold gone good got grow had half hall hand hard has hate have he head hear heat held help
    her here hero high hill him his hit hold home hope host hot hour how huge i idea if in into
    is it its job jobs join joy just keep kept key kid kids kill kind king know lack lady laid
    land last late law laws lead left less let life like line link list live loan lose loss lost
    lot love low made main make man many map mark may me meet men met mid mind miss more most
    move much must my name near need new news next nice nine no none nor not note now oil ok old
    on once one only open or our out over own pace paid pair park part pass past pay peak per
    pick plan play plea plus poll pool poor post pull push put race rain rank rate read real
    red rely rent rest rich ride rise risk road rock role room rule run runs safe said sale same
    save say says sea seat see seek seen sell send set sets she ship shop shot show shut sick side
    sign site six size skip slow so soft soil sold some son soon sort spot star stay step stop
    such sue sun sure take talk tax team tech tell ten term test than that the them then they
    this thus tie time tip to told too took top tour town toy trip true try turn twin two type
    unit up upon use used user uses vast very via view visit vote wage wait walk wall want war
    was way we week well went were west what when who whom why wide wife will win wind wins with
    won word work year yes yet you your zero zone
    ace ape arc ark ash ate bag bar bat bay bed bee beg bet bid bin bit bow box bud bug bus cab
    cap cow cry cup dad den dew dig dim dip doe dot dry dug dye ear egg ego elf elm eve fan fat fax
    fed fig fin fix flu foe fog fox fry fun fur gap gel gem god gum gun gut guy gym ham hat hay hen
    hid hip hog hub hue hug hut ice icy ill ink inn ion ivy jam jar jaw jet jog lab lad lap lay led
    leg lid lie lip lit log mad mat mix mob mom mop mud mug nap net nod nut oak oar oat odd off
    oft opt orb ore owe owl pad pal pan par pat paw pea pen pet pie pig pin pit ply pod pop pot
    pro pub pun pup rag ram ran rap rat raw ray rib rid rig rim rip rob rod rot row rub rug sad sag
    sat saw sew shy sin sip sir sit ski sky sly sob sod sow soy spa spy sub sum tab tag tan tap tar
    tea tin toe ton tow tub tug urn van vat vet vie vow wag wax web wed wet wig wit woe wok woo wow
    yak yam yap zip zoo
    los las san el rio del sao de la le di da du van von der den des dos das st ste
    """.split()
)
