"""`python -m pipeline export OUT --format gdelt|polecat`: the seeds' events in GDELT's and POLECAT's shape."""
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.extract import extract


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, seed_paths):
    out = tmp_path_factory.mktemp("dataset")
    extract(seed_paths, out)
    return out


def test_gdelt_csv(dataset, tmp_path):
    target = tmp_path / "events.csv"
    assert main(["export", str(target), "--format", "gdelt", "--dataset", str(dataset)]) == 0
    table = pd.read_csv(target, dtype={"EventCode": str, "EventRootCode": str, "EventBaseCode": str})
    events = pd.read_parquet(dataset / "current" / "events")
    assert len(table) == len(events) and list(table.columns[:5]) == ["GLOBALEVENTID", "SQLDATE", "MonthYear",
                                                                    "Year", "Actor1Code"]
    # the visit to Paris (seed 000): Kazakhstan's minister and France's, CAMEO 042 make a visit
    visit = table[(table.EventCode == "042") & (table.ActionGeo_FullName == "Париж")].iloc[0]
    assert {visit.Actor1CountryCode, visit.Actor2CountryCode} == {"KAZ", "FRA"}
    assert (visit.Actor1Type1Code, visit.EventRootCode, visit.QuadClass, visit.GoldsteinScale) == ("GOV", "04", 1, 1.9)
    assert (visit.ActionGeo_FeatureID, visit.ActionGeo_CountryCode, visit.ActionGeo_Type) == (2988507, "FR", 4)
    assert abs(visit.ActionGeo_Lat - 48.85) < 0.01 and visit.NumArticles == 1 and visit.IsRootEvent == 1
    un = table[table.Actor2KnownGroupCode.eq("UN") | table.Actor1KnownGroupCode.eq("UN")]
    assert len(un) and set(un.Actor1Type1Code.dropna()) | set(un.Actor2Type1Code.dropna()) >= {"IGO"}


def test_polecat_parquet(dataset, tmp_path):
    target = tmp_path / "events.parquet"
    assert main(["export", str(target), "--format", "polecat", "--dataset", str(dataset)]) == 0
    table = pd.read_parquet(target)
    assert set(table.event_type) <= {"CONSULT", "AGREE", None} and "CONSULT" in set(table.event_type)
    tashkent = table[table.placename == "Ташкент"].iloc[0]
    assert (tashkent.geonames_id, tashkent.country, tashkent.feature_class) == (1512569, "UZB", "P")
    assert str(table.geonames_id.dtype) == "Int64"
    assert (table.actor_country == "KAZ").sum() >= 10
    # an article with no url is named by its file, as GDELT's SOURCEURL names it
    assert table.url.notna().all() and table.url.str.endswith(".txt").any()


def test_a_bad_target_is_one_line(dataset, tmp_path, capsys):
    assert main(["export", str(tmp_path / "events.txt"), "--format", "gdelt", "--dataset", str(dataset)]) == 2
    assert main(["export", str(tmp_path / "e.csv"), "--format", "gdelt", "--dataset", str(tmp_path / "none")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "must end in .csv or .parquet" in lines[0] and "no dataset" in lines[1]


def test_parquet_columns_keep_their_type_when_no_event_fills_them(dataset, tmp_path):
    """A column no seed event fills (the seeds name no outlet; most of their events no organisation as Actor1) is
    a string column all the same (it was Parquet's type null, which DuckDB or pyarrow cannot stack with another
    export's strings); numbers and dates keep theirs. Two exports of different datasets read as one table."""
    for kind, column in (("gdelt", "Actor1KnownGroupCode"), ("polecat", "source")):
        target = tmp_path / kind / "seeds.parquet"
        assert main(["export", str(target), "--format", kind, "--dataset", str(dataset)]) == 0
        schema, table = pq.read_schema(target), pd.read_parquet(target)
        assert pa.null() not in schema.types and schema.field(column).type == pa.string()
        assert kind == "gdelt" or table[column].isna().all()  # no seed names its outlet
        other = table.assign(**{column: "SCO"})
        other.to_parquet(tmp_path / kind / "other.parquet")
        assert ds.dataset(tmp_path / kind).to_table().num_rows == 2 * len(other)
    assert pq.read_schema(tmp_path / "gdelt" / "seeds.parquet").field("SQLDATE").type == pa.int64()
    assert pq.read_schema(tmp_path / "polecat" / "seeds.parquet").field("event_date").type == pa.date32()


def _exported(dataset, folder):
    """The dataset exported in GDELT's shape (CSV) and POLECAT's (Parquet) into `folder`, read back: (gdelt, polecat)
    DataFrames, the CAMEO codes kept as strings."""
    assert main(["export", str(folder / "e.csv"), "--format", "gdelt", "--dataset", str(dataset)]) == 0
    assert main(["export", str(folder / "e.parquet"), "--format", "polecat", "--dataset", str(dataset)]) == 0
    return pd.read_csv(folder / "e.csv", dtype={"EventCode": str}), pd.read_parquet(folder / "e.parquet")


def test_an_earlier_meeting_without_a_date_takes_not_the_articles(tmp_path, dataset_of):
    """The call is the article's news and stands on its publication date; the state visit the leaders recall
    (background) has no date of its own and gets none, in GDELT and in POLECAT alike (README `background`)."""
    dataset = dataset_of({
        "call.txt": "Токаев и Мирзиёев провели телефонный разговор\n"
                    "Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.\n"
                    "Лидеры обсудили итоги переговоров, состоявшихся ранее в ходе государственного визита Шавката "
                    "Мирзиёева в Астану.\n",
        "call.json": '{"published": "2025-11-20"}'})
    gdelt, polecat = _exported(dataset, tmp_path)
    assert {root: None if pd.isna(day) else int(day) for root, day in zip(gdelt.IsRootEvent, gdelt.SQLDATE)} == {
        1: 20251120, 0: None}
    assert [str(day) for day in polecat.event_date.dropna()] == ["2025-11-20"] and polecat.event_date.isna().sum() == 1


def test_a_month_long_date_is_exported_as_a_span_not_its_first_day(tmp_path, dataset_of):
    """'в декабре 2025 года' stands on its first day in SQLDATE / event_date, as GDELT keys a row by one day, and
    SQLDATE_END / event_date_end (ours) give its last: a reader sees the month, not 1 December; the call the
    article reports, dated by publication, starts and ends that day."""
    dataset = dataset_of({
        "visit.txt": "Мирзиёев посетит Казахстан\n"
                     "Президент Узбекистана Шавкат Мирзиёев посетит Казахстан с государственным визитом в декабре "
                     "2025 года.\n"
                     "Об этом Касым-Жомарт Токаев и Шавкат Мирзиёев договорились в ходе телефонного разговора.\n",
        "visit.json": '{"published": "2025-11-20"}'})
    gdelt, polecat = _exported(dataset, tmp_path)
    assert {(code, int(start), int(end)) for code, start, end in zip(gdelt.EventCode, gdelt.SQLDATE,
                                                                   gdelt.SQLDATE_END)} == {
        ("036", 20251201, 20251231), ("041", 20251120, 20251120)}
    visit = polecat[polecat.event_status == "planned"].iloc[0]
    assert (str(visit.event_date), str(visit.event_date_end)) == ("2025-12-01", "2025-12-31")
    assert pq.read_schema(tmp_path / "e.parquet").field("event_date_end").type == pa.date32()


def test_a_state_named_by_an_officials_title_is_a_government_actor(tmp_path, dataset_of):
    """'Премьер-министр Японии посетит …' names Japan's prime minister, not the state: Actor1Type1Code GOV (it was
    empty, as for a state itself); the state hosting the visit stays empty."""
    dataset = dataset_of({"visit.txt": "Премьер-министр Японии посетит Казахстан\n"
                                       "Премьер-министр Японии посетит Астану в декабре.\n"})
    assert main(["export", str(tmp_path / "e.csv"), "--format", "gdelt", "--dataset", str(dataset)]) == 0
    visit = pd.read_csv(tmp_path / "e.csv", dtype=str).iloc[0]
    assert (visit.Actor1CountryCode, visit.Actor1Type1Code) == ("JPN", "GOV")
    assert visit.Actor2CountryCode == "KAZ" and pd.isna(visit.Actor2Type1Code)


def test_an_event_read_from_an_article_of_no_known_outlet_has_a_source(tmp_path, dataset_of):
    """An article with no sidecar names no outlet, yet it came from one: NumSources / num_sources 1, not 0, so that
    a GDELT user's `NumSources >= 1` keeps it (a fresh user's finding); one with an outlet counts it."""
    dataset = dataset_of({
        "bare.txt": "Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром иностранных дел "
                    "Индии Субраманьямом Джайшанкаром в Нью-Дели.\n",
        "kazinform.txt": "Министр иностранных дел Казахстана Ермек Кошербаев встретился с министром иностранных дел "
                         "Кувейта Абдуллой аль-Яхьей в Эль-Кувейте.\n",
        "kazinform.json": '{"published": "2025-11-20", "outlet": "kazinform.kz"}'})
    gdelt, polecat = _exported(dataset, tmp_path)
    assert list(gdelt.NumSources) == [1, 1] and list(polecat.num_sources) == [1, 1]
    assert list(gdelt.NumArticles) == [1, 1]
