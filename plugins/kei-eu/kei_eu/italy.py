"""Italy: a used vehicle from outside the EU, or a vehicle "di interesse storico e collezionistico".

A used vehicle from outside the EU is registered, by the account of an importer (2007), only if on
the day of its foreign registration it met the EC rules Italy then applied to new vehicles; kei
does not know whether a kei truck can show that, so that route answers ``unknown``.

The historic route (art. 60 Codice della Strada; art. 215 of its Regulation; DM 17 December 2009):
a vehicle entered in one of the registers the Code lists (ASI, Storico Lancia, Italiano FIAT,
Italiano Alfa Romeo, Storico FMI) is "di interesse storico e collezionistico". A register may enter
it only if it was built at least 20 years before the application (a municipal police page restating
the DM; the DM's article itself was not read), and it is then registered on the register's
certificate and inspected every two years. It ships unconfirmed. The "over 30 years" some importers
give is a 2007 FAQ from before the DM, with no legal citation: 30 years in Italian law is the
separate tax exemption. A "veicolo d'epoca" (off the PRA, in a museum or collection) may circulate
only at authorised events (art. 60, as first published).
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeRule,
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    age_from,
    age_route,
    conditional,
    missing,
    passed,
    unknown,
)
from kei_eu.ages import REVIEWED_2026_12 as REVIEWED

GU_ART_60 = (
    "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=4"
    "&art.flagTipoArticolo=0&art.codiceRedazionale=093A6158&art.idArticolo=60&art.idSottoArticolo=1"
    "&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=1994-03-22&art.progressivo=0"
)
GU_DM_2009 = (
    "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0"
    "&art.flagTipoArticolo=0&art.codiceRedazionale=10A03184&art.idArticolo=1&art.idSottoArticolo=1"
    "&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2010-03-19&art.progressivo=0"
)
LUMEZZANE = "http://www.comune.lumezzane.bs.it/cittadino/polizia-locale/veicoli-di-interesse-storico-e-collezionistico"
IMPORTER_FAQ = "https://serviziemotori.com/servizi/informazioni/domanda_frequente_05.htm"

HISTORIC = AgeThreshold(20, Granularity.DAY)
"""'data di costruzione precedente di almeno 20 anni a quella della richiesta di iscrizione'."""


def extra_eu_used(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Only a vehicle that met the EC rules of its foreign registration day: not known for a kei truck."""
    return unknown(
        "A used vehicle from outside the EU is registered in Italy only if, on the day of its registration "
        "abroad, it met the EC rules Italy then applied to new vehicles; a kei truck built for Japan has no "
        "EC approval, and kei does not know whether it can prove that.",
        settle=[
            "documents (a test report or the maker's certificate) showing the truck met the EC requirements "
            "for new vehicles on the day it was first registered in Japan, accepted by the Motorizzazione",
            "or that you are an Italian resident who already owned it abroad (reimpatrio)",
        ],
    )


def historic_interest(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Built at least 20 years before: a register may enter it and certify it for registration."""
    if vehicle.manufactured is None:
        return _historic_from_registration(vehicle, on)
    dated = age_from(vehicle, "manufactured", HISTORIC, on)
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: _entered(says, on),
        too_young=lambda day: (
            f"{says}: a register may enter it as of historic interest only from {day}, 20 years "
            "after it was built. That day rests on the 20 years read in a municipal restatement of the DM of "
            "2009, not in the DM itself; an importer's FAQ of 2007 gave more than 30 years for imports."
        ),
        unsure=lambda day: f"{says}: 20 years from construction are certain only from {day}.",
        settle="the day of manufacture (the maker's label)",
    )


def _historic_from_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    # Built no later than first registered: 20 years from registration are 20 from construction.
    registered = vehicle.first_registered
    if registered is None:
        return missing("manufactured")
    test = HISTORIC.test(registered, on)
    if test.status is Status.LEGAL:
        return _entered(f"First registered {registered.describe()}, so built earlier", on)
    return unknown(
        f"First registered {registered.describe()}; the 20 years run from construction, which is not given.",
        settle=["the day of manufacture (the maker's label)"],
    )


def _entered(says: str, on: dt.date) -> Outcome:
    return conditional(
        f"{says}: at least 20 years before {on}, so it may be entered in a register as a vehicle of historic "
        "and collectors' interest and registered on the register's certificate.",
        conditions=[
            "Obtain the certificate of historic and collectors' relevance (certificato di rilevanza storica e "
            "collezionistica) from ASI or another register of art. 60 CdS; the register judges its historic "
            "relevance.",
            "Then pass the Motorizzazione's inspection (visita e prova) and register the truck; it is inspected "
            "every two years.",
        ],
    )


def epoca_events_only(vehicle: Vehicle, on: dt.date) -> Outcome:
    """What a 'veicolo d'epoca' may do on the road."""
    return passed(
        "A veicolo d'epoca (struck off the PRA and kept in a museum or collection) may circulate only at "
        "authorised events or rallies; it is not the route to registration."
    )


def right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The ministry has guidance on right-hand-drive M1/N1 vehicles; its content was not read."""
    if vehicle.steering == "left":
        return passed("Left-hand drive: the guidance on right-hand-drive vehicles does not concern it.")
    return unknown(
        "The Ministry of Infrastructure and Transport issued guidance (service communication of 2023-10-06) "
        "on right-hand-drive M1 and N1 vehicles built for left-hand traffic, on the technical prescriptions "
        "that differ with the side of the road; what it demands of a kei truck was not read.",
        settle=[
            "the MIT service communication of 2023-10-06 on right-hand-drive vehicles, or the Motorizzazione"
        ],
    )


REGISTRATION = Requirement(
    id="IT-REGISTRATION",
    jurisdiction="IT",
    statement=(
        "A used vehicle from outside the EU is registered in Italy only if it met the EC rules on its foreign "
        "registration day, or as a vehicle of historic and collectors' interest."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="IT-EXTRAEU-USED",
        jurisdiction="IT",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A used vehicle from outside the EU is registered only if, on its foreign registration day, it met "
            "the EC rules Italy applied to new vehicles then (or it comes back with an Italian resident who "
            "owned it abroad)."
        ),
        citation="Importer's FAQ (2007): no legal citation seen",
        source=IMPORTER_FAQ,
        reviewed_on=REVIEWED,
        source_as_of="2007-08-17",
        in_force=Period("2007-08-17"),
        unconfirmed=True,
        policy=True,
        check=extra_eu_used,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Seen only in an importer's FAQ ('Ultimo aggiornamento 17.08.2007'): 'possano essere importati e "
            "immatricolati solamente quei veicoli di provenienza extracomunitaria che alla data di "
            "immatricolazione all'estero rispondevano alle normative CEE richieste alla stessa data in Italia "
            "per i veicoli nuovi'. Applied from the FAQ's date. The dossier reads 'not legal' for a 2020 truck; "
            "no source says a kei truck cannot prove compliance, so kei answers unknown, with what would settle it."
        ),
    ),
    Rule(
        id="IT-STORICO-20Y",
        jurisdiction="IT",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle built at least 20 years before the application may be entered in a register of art. 60 "
            "CdS as of historic and collectors' interest, and registered on the register's certificate."
        ),
        citation="Codice della Strada art. 60 c. 4; Reg. art. 215; DM 17 dicembre 2009 (GU 19 marzo 2010)",
        source=LUMEZZANE,
        sources=(
            GU_DM_2009,
            "https://www.amasmaremma.it/legge-sui-veicoli-storici-e-di-interesse-collezionistico/",
            "http://documenti.egaf.it/Estratti/13949/files/basic-html/page44.html",
            "https://agenziaconcone.it/2010/settembre.html",
            "https://rivistagiuridica.aci.it/documento/le-novita-in-tema-di-auto-di-interesse-storico-e-collezionistico.html",
        ),
        reviewed_on=REVIEWED,
        in_force=Period("2010-03-20"),
        unconfirmed=True,
        check=historic_interest,
        age=AgeRule("manufactured", HISTORIC),
        reads=frozenset({"manufactured", "first_registered"}),
        read_by_age={"manufactured": HISTORIC, "first_registered": HISTORIC},
        notes=(
            "The DM's operative article was not reached (the Gazzetta Ufficiale copy read is its preamble, which "
            "cites art. 60 and art. 215); the 20 years are read on the Comune di Lumezzane's police page "
            "restating the DM and MIT circular 79260 of 2010-10-04: 'data di costruzione precedente di almeno 20 "
            "anni a quella della richiesta di iscrizione in uno dei Registri'. Several secondary sources agree, "
            "one (2010) noting that raising it to 30 had been floated and dropped. Hence unconfirmed. Counted to "
            "the day from construction, the application taken as the date asked; a first registration 20 years "
            "ago also proves it (the truck was built before), never the other way. In force from 2010-03-20, "
            "the day after the DM's publication (secondary). Registers judge historic relevance, so the answer "
            "is conditional, never legal. That such a vehicle 'from abroad' can be registered on the certificate "
            "is in a legal publisher's manual (EGAF), not read in the DM. Its passes_from gives eligible_from (a "
            "2020 truck: 2040-03-31), as every unconfirmed route in kei does: on that day the answer is only "
            "conditional and flagged unconfirmed (DESIGN §5), and the failing finding says today that the day "
            "rests on the 20-year reading. 20, not 30, is kept as the reading best supported (a public body's "
            "journal, rivistagiuridica.aci.it, and the municipal page agree on 20 for entry in a register; the one "
            "'oltre 30 anni' is an importer's FAQ of 2007 with no citation, likely the 30-year tax rule)."
        ),
    ),
    Rule(
        id="IT-EPOCA-EVENTS-ONLY",
        jurisdiction="IT",
        kind=RuleKind.INFORMATION,
        statement=(
            "A veicolo d'epoca (struck off the PRA, kept in a museum or collection) may circulate only at "
            "authorised events or rallies."
        ),
        citation="Codice della Strada (D.Lgs. 285/1992) art. 60 c. 2-3, as first published",
        source=GU_ART_60,
        sources=("http://cetris.it/cds/art/art60.htm",),
        reviewed_on=REVIEWED,
        source_as_of="1994-03-22",
        in_force=Period("1993-01-01"),
        check=epoca_events_only,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Read in the Gazzetta Ufficiale's copy of the Code's text as republished on 1994-03-22: 'la loro circolazione puo' essere "
            "consentita soltanto in occasione di apposite manifestazioni o raduni autorizzati'. The current text "
            "(amended by DL 121/2021) was seen only in a secondary copy. The Code applies from 1993-01-01."
        ),
    ),
    Rule(
        id="IT-RHD",
        jurisdiction="IT",
        kind=RuleKind.INFORMATION,
        statement=(
            "The ministry's guidance on right-hand-drive M1/N1 vehicles sets the technical prescriptions that "
            "differ with the side of the road; its content was not read."
        ),
        citation="MIT, comunicazione di servizio del 6 ottobre 2023 (as reported)",
        source="https://www.polnews.it/veicoli-con-guida-a-destra-destinati-alla-circolazione-nei-paesi-con-senso-di-marcia-a-sinistra.html",
        reviewed_on=REVIEWED,
        in_force=Period("2023-10-06"),
        unconfirmed=True,
        check=right_hand_drive,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "Seen only in a police news site's report: the MIT 'ha fornito indicazioni relative ai veicoli con "
            "guida a destra ... al fine di chiarire le norme che presentano differenziazioni nelle prescrizioni "
            "tecniche dovute al senso di circolazione', for categories M1-N1. Not 'no restriction': unknown."
        ),
    ),
)
