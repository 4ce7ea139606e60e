"""Speakers, twenty-first round (issue 10): a speaking "they" or "it" after a subject that
is a description of any common shape ("Local officials met in Sumy", "Russia's army
withdrew from Kherson", "The Ukrainian authorities evacuated Kupiansk", "On Sunday, the
rebels took Idlib", "The volunteers refused to leave" after a sentence naming a town) is
that description, never a place its predicate names; a country is an "it", never a group
for a "they" ("The rebels entered the Philippines"). Near misses: a person or body named
between, a name that is the subject itself ("Naftogaz cut supplies. The company ..."), a
document named after, a body's statement before a clause a firm reports ("The union called
a strike. Tesla will close ..."), a second body, a sign or leaflet quoted, a country that
speaks as "it". Every sentence was written for this test (places and bodies are real
names, the sentences are quoted from no text).
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


# The description speaks (each case gave a place, or a modifier as a name, on main e14c9e5).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The authorities evacuated Kupiansk on Friday. \"Nobody should stay in the town,\" "
         "they said.",
         "the authorities"),
        ("Local officials met in Sumy on Tuesday. \"The shelling has not stopped,\" they "
         "said.",
         "Local officials"),
        ("Russia's army withdrew from Kherson in November. \"The move was a regrouping,\" "
         "it said.",
         "Russia's army"),
        ("Ukraine's defence ministry published new figures on Monday. \"The enemy lost 300 "
         "tanks this month,\" it said.",
         "Ukraine's defence ministry"),
        ("Ukraine's defence ministry gave an update. Russian forces had shelled Kherson "
         "overnight, it said. \"Ten people were hurt,\" it added.",
         "Ukraine's defence ministry"),
        ("The rebels entered the Philippines last week. \"We will not stop here,\" they "
         "said.",
         "the rebels"),
        ("Voters in the United States go to the polls on Tuesday. \"We want change,\" they "
         "said.",
         "Voters"),
        ("The authorities in Kyiv ordered a curfew. \"It will last until Monday,\" they "
         "said.",
         "the authorities"),
        ("The Ukrainian authorities evacuated Kupiansk. \"The town is not safe,\" they said.",
         "the Ukrainian authorities"),
        ("On Sunday, the rebels took Idlib. \"The city is free,\" they said.",
         "the rebels"),
        ("Local officials evacuated Kupiansk on Friday.\n\n\"Nobody should stay in the "
         "town,\" they said.",
         "Local officials"),
        ("The authorities evacuated Kupiansk on Friday. \"Kupiansk is a ghost town,\" they "
         "said.",
         "the authorities"),
        ("Protesters marched to the embassy of the United States. \"We want peace,\" they "
         "said.",
         "Protesters"),
        ("The authorities evacuated Kupiansk on Friday. The volunteers refused to leave. "
         "\"We are staying,\" they said.",
         "the volunteers"),
        ("On Sunday, the rebels took Idlib. Government troops counter-attacked at dawn. "
         "\"We have retaken the airport,\" they said.",
         "Government troops"),
        ("Putin's troops entered Kherson in March. \"We came to stay,\" they said.",
         "Putin's troops"),
        ("Ukraine's allies met in Ramstein on Friday. \"We will send more tanks,\" they "
         "said.",
         "Ukraine's allies"),
        ("The rebels took Idlib on Sunday. The fighters then moved south. \"Aleppo is "
         "next,\" they said.",
         "the fighters"),
        ("Last week, the authorities in Kyiv banned the rally. \"It was not safe,\" they "
         "said.",
         "the authorities"),
        ("The Kyiv authorities evacuated Kupiansk. \"Buses will leave at noon,\" they said.",
         "the Kyiv authorities"),
        ("Local officials met in Sumy on Tuesday. They asked for more shelters. \"The "
         "winter will be hard,\" they said.",
         "Local officials"),
        ("The soldiers of the brigade left Bakhmut on Friday. \"We will come back,\" they "
         "said.",
         "the soldiers"),
        ("Many residents left Bakhmut in May. \"There was no water,\" they said.",
         "Many residents"),
        ("Several farmers near Izium found a drone. \"It fell at night,\" they said.",
         "Several farmers"),
        ("Lithuanian border guards stopped a convoy near Vilnius. \"The drivers had no "
         "papers,\" they said.",
         "Lithuanian border guards"),
        ("Troops loyal to Kyiv retook Lyman. The soldiers raised a flag. \"The town is "
         "ours,\" they said.",
         "the soldiers"),
        ("Russia attacked Bilohorivka at dawn. The defenders held the line. \"We lost "
         "nobody,\" they said.",
         "the defenders"),
        ("In Kharkiv, residents queued for water. \"The pipes are broken,\" they said.",
         "residents"),
        ("Russia invaded Ukraine in 2022. The refugees went west. \"We left everything,\" "
         "they said.",
         "the refugees"),
        ("The United States sent two ships. The sailors are from Virginia. \"We are "
         "ready,\" they said.",
         "the sailors"),
        ("Germany beat England on penalties. The players were in tears. \"It hurts,\" they "
         "said.",
         "the players"),
        ("At dawn, soldiers entered Lyman. \"The town is empty,\" they said.",
         "soldiers"),
        ("By then, Kyiv officials had left Kherson. \"We had no choice,\" they said.",
         "Kyiv officials"),
        ("In March, Russia's army withdrew from Kherson. \"It was a regrouping,\" it said.",
         "Russia's army"),
        ("Later, the rebels took Idlib. \"The city is free,\" they said.",
         "the rebels"),
        ("Russia attacked Bilohorivka at dawn. Ukraine's defenders held the line. \"We lost "
         "nobody,\" they said.",
         "Ukraine's defenders"),
        ("Poland closed its border with Belarus. The guards were armed. \"Nobody will "
         "cross,\" they said.",
         "the guards"),
        # two groups described since the town: no speaker rather than the town
        ("The authorities evacuated Kupiansk on Friday. The unions and the government met "
         "later. \"We have a plan,\" they said.",
         None),
    ],
)
def test_description_subject_speaks(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


# Near misses: the speaker main e14c9e5 gave already, kept (a firm named as an object is
# not given to the body's noun that follows: "Regulators fined Brightwater. The company
# will appeal. '...,' it said").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The regional police searched a house in Odesa on Sunday. \"Two men were "
         "detained,\" they said.",
         "the regional police"),
        ("Dutch farmers blocked roads across the Netherlands on Monday. \"We have no "
         "choice,\" they said.",
         "Dutch farmers"),
        ("Officials in the Netherlands confirmed the arrest on Monday. \"The suspect is in "
         "custody,\" they said.",
         "Officials in the Netherlands"),
        ("Russia's army said it had withdrawn from Kherson. \"The move was a regrouping,\" "
         "it said.",
         "Russia's army"),
        ("The Netherlands will send 20 tanks to Ukraine. \"We stand with Kyiv,\" it said.",
         "Netherlands"),
        ("The United States imposed new sanctions on Monday. \"Moscow must pay a price,\" "
         "it said.",
         "United States"),
        ("The authorities evacuated Kupiansk on Friday. Olena Bondar, a nurse, and her "
         "husband refused to go. \"This is our home,\" they said.",
         "Olena Bondar"),
        ("Lithuania closed its border on Monday. The country has 800,000 refugees. \"We "
         "cannot take more,\" it said.",
         "Lithuania"),
        ("The UN agency spoke on Monday. Lithuania said it would take no more refugees. "
         "\"We are full,\" it said.",
         "Lithuania"),
        ("The authorities evacuated Kupiansk on Friday. A report by the UN published on "
         "Monday described the town as empty. \"Nobody is left,\" it said.",
         "UN"),
        ("The UN agency spoke on Monday. The Red Cross also visited Kharkiv. \"The need is "
         "enormous,\" it said.",
         "Red Cross"),
        ("The authorities evacuated Kupiansk on Friday. A sign on the school door read: "
         "\"Closed until further notice.\"",
         None),
        ("The authorities evacuated Kupiansk on Friday. Russian troops entered the town on "
         "Sunday. \"The town is ours,\" they said.",
         "Russian troops"),
        ("The UN agency spoke on Monday. Kharkiv officials said they needed more help. \"We "
         "are running out of fuel,\" they said.",
         "Kharkiv officials"),
        ("The UN agency spoke on Monday. Moscow denied blocking the convoys. \"Our troops "
         "let every truck through,\" it said.",
         "Moscow"),
        ("The Netherlands beat Spain 2-1 in Rotterdam. \"We deserved it,\" they said.",
         "Netherlands"),
        ("The authorities evacuated Kupiansk on Friday. Leaflets dropped on the town by "
         "Russian aircraft said: \"Surrender now.\"",
         "Leaflets"),
        ("The authorities evacuated Kupiansk on Friday. Mayor Ivan Petrenko stayed behind. "
         "\"I will not leave,\" he said.",
         "Ivan Petrenko"),
        ("Kupiansk has been shelled for weeks. The city council says nobody is left. \"The "
         "town is empty,\" it said.",
         "the city council"),
        ("Ukraine's defence ministry published figures on Monday. The Kremlin dismissed "
         "them. \"These numbers are invented,\" it said.",
         "Kremlin"),
        ("Naftogaz cut gas supplies to Moldova on Monday. The company blamed unpaid bills. "
         "\"The debt is too large,\" it said.",
         "Naftogaz"),
        ("The authorities evacuated Kupiansk on Friday. A UN report described the town as "
         "empty. \"Nobody is left,\" it said.",
         "A UN report"),
        ("The rebels said Kyiv had fallen. \"The war is over,\" they said.",
         "the rebels"),
        ("The authorities evacuated Kupiansk on Friday. The Red Cross stayed in the town. "
         "\"We will help anyone left,\" it said.",
         "Red Cross"),
        ("The union called a strike on Monday. Tesla will close the depot in Berlin, it "
         "said. \"Talks have failed,\" it added.",
         "Tesla"),
        ("Ukraine's defence ministry published figures on Monday. Its spokesman, Oleh "
         "Marko, spoke to reporters. \"The enemy is exhausted,\" he said.",
         "Oleh Marko"),
        ("The Dutch government spoke on Monday. The Netherlands will send 20 tanks, it "
         "said. \"We stand with Kyiv,\" it added.",
         "Netherlands"),
        ("Officials met Gazprom executives in Moscow. \"The talks went well,\" they said.",
         "Officials"),
        ("In Kyiv, Mayor Vitali Klitschko opened a shelter. \"It holds 500 people,\" he "
         "said.",
         "Vitali Klitschko"),
        ("The rebels met the Taliban in Doha. \"The talks were useful,\" they said.",
         "Taliban"),
        ("Doctors Without Borders treated 40 people in Kharkiv. \"The wounds were severe,\" "
         "it said.",
         "Doctors Without Borders"),
        ("In a statement, the ministry said Kyiv had shelled Donetsk. \"Civilians were "
         "killed,\" it said.",
         "the ministry"),
        ("The protesters blamed Hamas for the attack. \"We had nothing to do with it,\" "
         "they said.",
         "Hamas"),
        ("Kyiv cut ties with Moscow on Monday. The government also expelled two diplomats. "
         "\"They were spies,\" it said.",
         "Kyiv"),
        ("At least 20 soldiers were killed, the authorities said. \"The attack came at "
         "night,\" they said.",
         "the authorities"),
        ("The regulator spoke on Monday about fares.\n\nRyanair will cut 40 routes, it "
         "said. \"Demand is weak,\" it added.",
         "Ryanair"),
        ("The rebels took Idlib on Sunday. Turkey closed its border. \"We cannot take more "
         "refugees,\" it said.",
         "Turkey"),
        ("The rebels took Idlib on Sunday. Anna Hale, a UN envoy, called for calm. "
         "\"Civilians must be spared,\" she said.",
         "Anna Hale"),
        ("Russia's army said it had taken Avdiivka. Kyiv denied the claim. \"Our troops are "
         "still there,\" it said.",
         "Kyiv"),
        ("Ukrainian forces recaptured Kherson. \"The city is free,\" they said.",
         "Ukrainian forces"),
        ("The Philippines protested to China on Monday. \"Our ships were rammed,\" it said.",
         "Philippines"),
        ("Police raided the offices of Vostok Bank. The bank denied wrongdoing. \"Our "
         "accounts are clean,\" it said.",
         "Vostok Bank"),
        ("Regulators fined Brightwater on Monday. The company will appeal. \"The fine is "
         "unfair,\" it said.",
         "Brightwater"),
        ("Shareholders sued Kestrel Air in March. The airline will fight the case. \"The "
         "claims are false,\" it said.",
         "Kestrel Air"),
        ("Protesters gathered outside Gazprom on Monday. The company closed its doors. \"We "
         "will talk to nobody,\" it said.",
         "Gazprom"),
        ("Voters punished Labour in Hartlepool. The party lost the seat. \"We must "
         "listen,\" it said.",
         "Labour"),
        ("On Monday, Ukraine said Russia had attacked a port. \"The grain was burned,\" it "
         "said.",
         "Ukraine"),
        ("Russia shelled Kharkiv overnight. Officials said 10 people died. \"Most were "
         "asleep,\" they said.",
         "Officials"),
        ("In Syria, the rebels took Idlib. Turkey closed its border. \"We cannot take "
         "more,\" it said.",
         "Turkey"),
        ("Russia attacked Bilohorivka at dawn. \"We took the village,\" it said.",
         "Russia"),
        ("Russia attacked Bilohorivka at dawn. Anna Hale, a UN envoy, condemned it. "
         "\"Civilians died,\" she said.",
         "Anna Hale"),
        ("Poland closed its border with Belarus. Migrants waited in the forest. \"We are "
         "cold,\" they said.",
         "Migrants"),
    ],
)
def test_description_subject_near_misses(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker



# Review bblind24 (finding 2), each failing on main 4a6d773: a name that is the object of
# a verb of fighting, meeting or arresting is another side, who may be the "they" (main
# gave the subject's description).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Nigerian soldiers fought Boko Haram near Maiduguri on Friday. \"Our "
         "fighters will never retreat,\" they said.",
         "Boko Haram"),
        ("The Georgian police clashed with Antifa outside parliament. \"The police "
         "started it,\" they said.",
         "Antifa"),
        ("The Kenyan negotiators met Al-Shabaab in a village near Mandera. \"We agreed "
         "nothing,\" they said.",
         "Al-Shabaab"),
    ],
)
def test_description_subject_other_side(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


# Held: the subject's description where the name is a place; the body that spoke.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Moldovan border guards searched Palanca on Friday. \"We found no weapons,\" "
         "they said.",
         "the Moldovan border guards"),
        ("The Polish farmers met in Lublin on Sunday. \"Grain prices are too low,\" they "
         "said.",
         "the Polish farmers"),
        ("The WHO office spoke on Thursday. Mykolaiv will get twelve water trucks, it "
         "said. \"More will come before winter,\" it added.",
         "WHO"),
    ],
)
def test_description_subject_other_side_held(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker
