"""West Virginia (US-WV): a mini-truck is a street-legal special purpose vehicle (W. Va. Code
§ 17A-13-1, SB 690 of 2020): titled, registered as a motorcycle is, off controlled-access
highways, no more than 20 miles on a highway with centerline markings, and not where the
county, municipality or Division of Natural Resources prohibits special purpose vehicles.

The law is in :mod:`kei_us_wv.special_purpose_vehicles`; kei imports it only when a question
needs it. The federal level comes from kei-us; a verdict for US-WV folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-WV", "West Virginia", rules="kei_us_wv.special_purpose_vehicles:RULES")
