"""What each vehicle field means, in words: what ``kei fields`` shows an owner.

Field names are public (the keys of vehicle files and batch columns); these sentences say what
each holds, where an owner finds it, its unit and the values allowed, so nobody needs to read a
Python type to fill in a file.
"""

from __future__ import annotations

FIELD_DOCS: dict[str, str] = {
    "make": "the maker, as written on the truck (Suzuki, Daihatsu, Honda, Subaru, Mitsubishi, ...)",
    "model": "the model name (Carry, Hijet Truck, Acty Truck, Sambar Truck, Minicab Truck, ...)",
    "model_code": "the frame model code (DA63T, S510P, HA9): the part of the frame number before the "
    "hyphen, or the 型式 on the 車検証 with its emissions prefix (EBD-DA16T); the catalog fills "
    "every figure not given (in a vehicle file as with --model); an unknown code is an error",
    "emission_code": "the emissions identification code (排出ガス記号): the prefix before the hyphen of "
    "the 型式 on the 車検証 (EBD of EBD-DA16T; two letters such as GD before the 2005 standard); "
    "a whole 型式 may be given; a model_code written with its prefix fills it unless emission_code "
    "is given too, and replaces it when given later (--set model_code=EBD-DA16T, --model EBD-DA16T)",
    "frame_number": "the frame number (車台番号) stamped on the frame: model code, hyphen, serial "
    "(DA63T-123456); kei trucks have no 17-character VIN; without model_code, its prefix names "
    "the catalog entry (as --frame does), and a prefix naming another model than model_code is a warning",
    "manufactured": "when it was built, to the year, month or day (1997, 1997-09, 1997-09-14; also "
    "1997/09, 09/1997): the maker's plate in the cab gives the month",
    "first_registered": "when it was first registered, anywhere (the 車検証's 初度検査年月 or the "
    "export certificate), to the year, month or day",
    "length_mm": "overall length (車検証: 長さ, in cm)",
    "width_mm": "overall width (車検証: 幅, in cm)",
    "height_mm": "height from the ground to the cab roof (車検証: 高さ, in cm)",
    "displacement_cc": "engine displacement (車検証: 総排気量); leave empty for an electric truck",
    "power_kw": "engine power, as the maker states it",
    "curb_weight_kg": "weight empty, with fluids (車検証: 車両重量)",
    "gvwr_kg": "gross vehicle weight: the most it may weigh loaded (車検証: 車両総重量)",
    "payload_kg": "the load it may carry (車検証: 最大積載量; 350 kg for most kei trucks)",
    "seats": "the number of seats (乗車定員)",
    "drive": "2WD or 4WD (4x4 and 4x2 are read as such)",
    "fuel": "petrol (gasoline, gas), diesel, electric, lpg or hybrid",
    "top_speed_kmh": "the highest speed it can reach, with any governor fitted",
    "steering": "right (as built for Japan; RHD) or left (converted; LHD)",
    "original_configuration": "true when the engine and its emission controls are as the factory "
    "built them; false when swapped or modified",
    "commercial_use": "true when it is used in a business (some states register such trucks differently)",
    "equipment": "what it is fitted with, from the names `kei vocabulary` lists, separated by ; in a "
    "CSV cell (headlamps;turn_signals;seat_belts)",
    "documents": "the papers you hold, from the names `kei vocabulary` lists (export_certificate, "
    "japanese_registration_certificate, hs7, ...)",
    "modifications": "significant changes since it was built, each with its date and a description "
    "(a table per change in TOML: [[modifications]] date = '2012-03' description = '...')",
}
"""Field name -> what it holds, in words."""

UNITS: dict[str, str] = {
    "length": "mm; or written with a unit: '58 in', '3.4 m', '339 cm'",
    "mass": "kg; or '1,500 lb', '0.7 t'",
    "power": "kW; or '40 PS', '54 hp'",
    "speed": "km/h; or '25 mph'",
    "volume": "cc; or '0.66 L'",
}
"""A measure's stored unit and the other ways it may be written."""
