"""The texts the Norwegian rules were read in, and the day they were read.

Statens vegvesen's pages (official, undated) state how a used import is approved; lovdata.no was
reached only at the head of kjøretøyforskriften, not at its § 1-9.
"""

from __future__ import annotations

REVIEWED = "2026-12-01"
"""When these sources were read; the undated pages are applied from this day."""

VEGVESEN_IMPORT = "https://www.vegvesen.no/kjoretoy/kjop-og-salg/import"
KRAVVEILEDER = VEGVESEN_IMPORT + "/kravveileder/godkjenningstyper"
OUTSIDE_EEA = KRAVVEILEDER + "/importert-fra-land-utenfor-eueos/"
SPECIAL_EXCEPTIONS = KRAVVEILEDER + "/bil-og-tilhenger-med-spesielle-unntak/"
PRESERVATION = KRAVVEILEDER + "/bevaringsverdig-kjoretoy-1-9/"
INDIVIDUAL_APPROVAL = VEGVESEN_IMPORT + "/kommersiell-import/enkeltgodkjenning/"
HOW_APPROVED = VEGVESEN_IMPORT + "/privat-import/slik-blir-et-kjoretoy-godkjent/"
REGISTER = (
    "https://www.vegvesen.no/Kjoretoy/Kjop+og+salg/import/Privat+import/Registrering/"
    "registrer-kj%C3%B8ret%C3%B8yet?fast_title=Registrer+kj%C3%B8ret%C3%B8yet"
)
GOVERNMENT_2017 = "https://www.regjeringen.no/no/aktuelt/enklere-bilimport/id2555290/"
KJORETOYFORSKRIFTEN = "https://lovdata.no/dokument/SF/forskrift/1994-10-04-918"

PKK_2016 = (
    "https://www.vegvesen.no/fag/publikasjoner/hoeringer/"
    "endring-av-forskrift-av-13.05.2009-nr-591-om-periodisk-kjoretoykontroll/"
)
"""Vegdirektoratet's consultation on the periodic-inspection regulation, with its summary of 2016-04-18."""
PKK_2016_AS_OF = "2016-04-18"
MINISTRY_2016 = (
    "https://kommunikasjon.ntb.no/pressemelding/10338887/"
    "fra-1-oktober-far-storre-bobiler-personbiler-og-bevaringsverdige-kjoretoy-mindre-hyppige-eu-kontroller"
    "?publisherId=8768166"
)
"""Samferdselsdepartementet's press release of April 2016 (on NTB's press-release service)."""

LMK_PRESERVATION = "http://www.lmk.no/Bevaringsverdig/"
LMK_PKK_2016 = "https://bmhf.no/2016/08/28/praktisk-informasjon-knyttet-til-eu-kontroll-av-veterankjoretoy/"
"""A club's copy of LMK's 2016 notice: the usual vognkort wording of the § 1-9 endorsement and use limits."""
LMK_STATE = "https://www.lmk.no/informasjon/staten-lmk/"
VW_CLUB = "https://www.vvwklubb.no/bevaringsverdig/"
