"""The texts the Swiss rules were read in, and the day they were read.

The federal texts (SVG, SR 741.01; VTS, SR 741.41) live on fedlex.admin.ch, which was not
reached: their articles were read in verbatim mirrors. The cantonal road-traffic offices' pages
(official, undated) state how the inspection of an imported vehicle works.
"""

from __future__ import annotations

REVIEWED = "2026-12-01"
"""When these sources were read; the undated cantonal pages are applied from this day."""

LU_FOREIGN = "https://strassenverkehrsamt.lu.ch/Strassenverkehr/fahrzeug/spezielle_zulassungen_infos/auslaendische_fahrzeuge"
AR_IMPORT = (
    "https://ar.ch/verwaltung/departement-inneres-und-sicherheit/strassenverkehrsamt/"
    "fahrzeug-kontrollschilder/import-von-fahrzeugen"
)
BL_MFP = (
    "https://www.baselland.ch/politik-und-behorden/direktionen/sicherheitsdirektion/motorfahrzeugprufstation"
)
BL_IMPORT = BL_MFP + "/import"
BL_IMPORT_CARS = BL_MFP + "/import/import-2"
BL_OVERSEAS = BL_MFP + "/import/uebersee"
BL_INSPECTIONS = BL_MFP + "/fahrzeugprufung/infos/"
SG_USA = "https://www.stva.sg.ch/home/strassenverkehr/Verkehrszulassung/export_import/import/usa.html"
AG_USA = "https://ag.ch/de/verwaltung/dvi/strassenverkehr/fahrzeuge/fahrzeug-import/usa-import"
SZ_IMPORT = "https://www.vsz.ch/strassenverkehr/fahrzeugzulassung/import-von-fahrzeugen/"

SO_VETERAN = (
    "https://so.ch/verwaltung/bau-und-justizdepartement/motorfahrzeugkontrolle/fahrzeuge/fahrzeugpruefungen/"
    "veteranenfahrzeuge/"
)
AG_VETERAN = (
    "https://ag.ch/de/verwaltung/dvi/strassenverkehr/fahrzeuge/fahrzeugpruefung/veteranenfahrzeuge-(oldtimer)"
)
LU_VETERAN = (
    "https://strassenverkehrsamt.lu.ch/Strassenverkehr/fahrzeug/fahrzeugpruefungen/weitere_fahrzeugpruefungen/"
    "veteranenzulassung"
)
TG_VETERAN = "https://strassenverkehrsamt.tg.ch/fahrzeugzulassung/veteranenfahrzeug.html/5681"
ZG_VETERAN = (
    "https://zgchtest.webcloud7.ch/izug/platform/behoerden/sicherheitsdirektion/strassenverkehrsamt/"
    "strassenverkehr/fahrzeugzulassung/veteranenfahrzeuge"
)

SVG_13_MIRROR = "https://droit-bilingue.ch/de-fr/7/74/741.01-13-18.html"
VTS_29_MIRROR = "https://lawbrary.ch/law/art/VTS-v2022.06-de-art-29"
VTS_30_MIRROR = "https://www.droit-bilingue.ch/de-fr/7/74/741.41-30-39.html"
VTS_31_MIRROR = "https://lawbrary.ch/law/art/OETV-v2025.01-fr-art-31/print"
"""VTS Art. 31 (French, OETV), version of 1 January 2025: the examination of a vehicle that is not new."""
VTS_31_AS_OF = "2025-01-01"
VTS_33_MIRROR = "https://www.droit-bilingue.ch/de-fr/7/74/741.41-33-46.html"
VTS_223_MIRROR = "https://swissrights.ch/gesetze/Artikel-223-VTS-2025-DE.php"
VTS_64_MIRROR = "https://lawbrary.ch/law/art/OETV-v2025.04-fr-art-64"
VTS_108_MIRROR = "https://droit-bilingue.ch/fr-de/7/74/741.41-108-133.html"
VTS_222_MIRROR = "https://lawbrary.ch/law/art/VTS-v2024.09-de-art-222"
VTS_222A_MIRROR = "https://www.droit-bilingue.ch/de-fr/7/74/741.41-222a-261.html"
VTS_222B_MIRROR = "https://swissrights.ch/gesetze/Artikel-222b-VTS-2025-DE.php"
VTS_222E_MIRROR = "https://lawbrary.ch/law/art/VTS-v2023.07-de-art-222e"
"""VTS transitional provisions (verbatim mirrors): several key a rule to the day a vehicle is imported."""
VTS_220_MIRROR = "https://lawbrary.ch/law/art/VTS-v2024.09-de-art-220/print"
VTS_220_OLD_MIRROR = "https://www.gesetze.ch/sr/741.41/741.41_075.htm"
"""An earlier VTS Art. 220 (Optobyte edition, undated): 'Das UVEK erlässt ... Weisungen' (Abs. 1)."""
