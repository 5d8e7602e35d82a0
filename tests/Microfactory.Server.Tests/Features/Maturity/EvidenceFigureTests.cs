using Dapper;
using Microfactory.Core.Demo;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Maturity.Evidence;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Maturity;

/// <summary>Each evidence figure on hand-made rows, on SQLite and PostgreSQL.</summary>
public sealed class EvidenceFigureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Figures_HandMadeData_GiveTheExpectedValues(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await new FactoryStore(db.Database).InsertAsync(KwunTongDemo.Factory, Now, default);
        await new FactoryStore(db.Database).InsertAsync(KwunTongDemo.Factory with { Id = "fac_second" }, Now, default);
        await using var c = await db.Database.OpenAsync();
        const string f = KwunTongDemo.FactoryId;
        var ms = Now.ToUnixTimeMilliseconds();
        var day = 24L * 3600 * 1000;
        const string json = "{}";
        await c.ExecuteAsync(
            $"""
            INSERT INTO templates (id, version, major, minor, patch, title, category, designer, description, licence, source, published_by, published_at_ms)
            VALUES ('t1', '1.0.0', 1, 0, 0, 'T', 'c', 'd', 'x', 'l', 's', 'u', 0), ('t1', '1.1.0', 1, 1, 0, 'T', 'c', 'd', 'x', 'l', 's', 'u', 0), ('t2', '1.0.0', 1, 0, 0, 'T', 'c', 'd', 'x', 'l', 's', 'u', 0);
            INSERT INTO customers (id, name, email, created_at_ms, updated_at_ms) VALUES ('cus_a', 'A', 'a@x', 0, 0), ('cus_b', 'B', 'b@x', 0, 0), ('cus_c', 'C', 'c@x', 0, 0);
            INSERT INTO users (id, email, display_name, role, customer_id, created_at_ms, disabled_at_ms) VALUES
              ('usr_a', 'ua@x', 'ua', 'customer', 'cus_a', 0, NULL), ('usr_b', 'ub@x', 'ub', 'customer', 'cus_b', 0, 5),
              ('usr_p', 'p@x', 'p', 'planner', NULL, 0, NULL), ('usr_o', 'o@x', 'o', 'operator', NULL, 0, NULL), ('usr_d', 'd@x', 'd', 'designer', NULL, 0, 7);
            INSERT INTO api_keys (id, user_id, name, key_hash, created_at_ms, revoked_at_ms) VALUES
              ('key_1', 'usr_p', 'erp', 'h1', 0, NULL), ('key_2', 'usr_p', 'old', 'h2', 0, 9), ('key_3', 'usr_a', 'shop', 'h3', 0, NULL), ('key_4', 'usr_d', 'gone', 'h4', 0, NULL);
            INSERT INTO orders (id, customer_id, factory_id, status, created_at_ms, updated_at_ms) VALUES
              ('ord_1', 'cus_a', '{f}', 'Submitted', 0, 0), ('ord_2', 'cus_b', '{f}', 'Completed', 0, 0), ('ord_3', 'cus_c', '{f}', 'Draft', 0, 0), ('ord_4', 'cus_c', 'fac_second', 'Submitted', 0, 0);
            INSERT INTO order_lines (id, order_id, line_number, template_id, template_version, description, quantity, parameters_json) VALUES
              ('l1', 'ord_1', 1, 't1', '1.1.0', 'x', 1, '{json}'), ('l2', 'ord_1', 2, 'gone', '1.0.0', 'x', 1, '{json}'), ('l3', 'ord_2', 1, 't2', '1.0.0', 'x', 1, '{json}'),
              ('l4', 'ord_2', 2, 't2', '9.9.9', 'x', 1, '{json}'), ('l5', 'ord_3', 1, 't1', '1.0.0', 'x', 1, '{json}'), ('l6', 'ord_4', 1, 't1', '1.0.0', 'x', 1, '{json}');
            INSERT INTO machines (id, factory_id, name, model, idle_power_kw, working_power_kw, hourly_rate, created_at_ms, updated_at_ms) VALUES
              ('mch_1', '{f}', 'm1', 'x', 1, 2, '1', 0, 0), ('mch_2', '{f}', 'm2', 'x', 1, 2, '1', 0, 0), ('mch_3', '{f}', 'm3', 'x', 1, 2, '1', 0, 0), ('mch_4', 'fac_second', 'm4', 'x', 1, 2, '1', 0, 0);
            INSERT INTO machine_shifts (machine_id, day_of_week, start_minute, end_minute) VALUES ('mch_1', 1, 480, 960), ('mch_1', 2, 480, 960), ('mch_4', 1, 0, 60);
            INSERT INTO machine_downtimes (machine_id, starts_at_ms, ends_at_ms, reason) VALUES ('mch_1', {ms - 400 * day}, {ms - 399 * day}, 'old'), ('mch_2', {ms - 10 * day}, {ms - 9 * day}, 'service'), ('mch_3', {ms + day}, {ms + 2 * day}, 'planned');
            INSERT INTO suppliers (id, name, country, lead_time_days, pact_endpoint, contact_email, created_at_ms, updated_at_ms) VALUES
              ('sup_1', 's', 'HK', 1, 'https://pact.example/1', 'e', 0, 0), ('sup_2', 's', 'HK', 1, NULL, 'e', 0, 0), ('sup_3', 's', 'HK', 1, '', 'e', 0, 0), ('sup_4', 's', 'HK', 1, 'https://pact.example/4', 'e', 0, 0), ('sup_5', 's', 'HK', 1, NULL, 'e', 0, 0);
            INSERT INTO supplier_pact_connections (supplier_id, base_url, client_id, client_secret_protected, enabled, origin, updated_at_ms) VALUES
              ('sup_2', 'https://pact.example/2', 'c', 'x', 1, 'api', 0), ('sup_3', 'https://pact.example/3', 'c', 'x', 0, 'api', 0);
            INSERT INTO supplier_footprints (supplier_id, footprint_id, product_ids, company_name, product_name, declared_unit, declared_unit_amount, kg_co2e_per_declared_unit,
              primary_data_share_percent, valid_from_ms, valid_until_ms, status, preceding_ids, pact_created_ms, provenance, source_url, fetched_at_ms, raw_json) VALUES
              ('sup_5', 'pf_1', '[]', 'c', 'p', 'kilogram', '1', '1.5', '100', 0, {ms + day}, 'Active', '[]', 0, 'upload', 'u', 0, '{json}');
            INSERT INTO materials (id, name, unit, price_per_unit, supplier_id, kg_co2e_per_unit, emission_factor_source, recycled_content_percent, recyclability, created_at_ms, updated_at_ms) VALUES
              ('mat_1', 'm', 'Kilogram', '1', 'sup_1', 2.0, 'ICE', 0, 'Recyclable', 0, 0), ('mat_2', 'm', 'Kilogram', '1', 'sup_1', 0, 'ICE', 0, 'Limited', 0, 0),
              ('mat_3', 'm', 'Kilogram', '1', 'sup_1', 1.0, ' ', 0, 'NotRecyclable', 0, 0), ('mat_4', 'm', 'Kilogram', '1', 'sup_1', 1.0, 'EPD', 0, 'Recyclable', 0, 0);
            INSERT INTO maturity_assessments (id, factory_id, model_id, model_version, author_id, author_name, created_at_ms) VALUES
              ('mma_1', '{f}', 'm', '1.0.0', 'u', 'u', {ms - 30 * day}), ('mma_2', '{f}', 'm', '1.0.0', 'u', 'u', {ms - 400 * day}), ('mma_3', 'fac_second', 'm', '1.0.0', 'u', 'u', {ms});
            """);
        var query = new EvidenceQuery(c, f, Now);
        async Task<(double? Value, string Detail)> Read(IEvidenceFigure figure)
        {
            var r = await figure.ReadAsync(query, default);
            Assert.Equal(figure.Figure, r.Figure);
            return (r.Value, r.Detail);
        }

        Assert.Equal(2.0 / 4, (await Read(new TemplateShareFigure())).Value); // l1, l3 of l1–l4; the draft and the other factory do not count
        Assert.Equal(2, (await Read(new TemplatesPublishedFigure())).Value);
        Assert.Equal(1.0 / 3, (await Read(new SelfServiceShareFigure())).Value); // cus_a of a, b (disabled), c (draft only, still ordering)
        Assert.Equal(1.0 / 3, (await Read(new CalendarShareFigure())).Value);
        Assert.Equal(2.0 / 3, (await Read(new DowntimeShareFigure())).Value); // mch_1's is older than a year
        var pact = await Read(new PactCoverageFigure());
        // sup_1 and sup_4 name an endpoint, sup_2 has an enabled connection, sup_5 sent a footprint; sup_3's connection is disabled.
        Assert.Equal(4.0 / 5, pact.Value);
        Assert.Contains("4 of 5 suppliers exchange footprints over PACT; the 80 % target is met.", pact.Detail, StringComparison.Ordinal);
        Assert.Equal(2.0 / 4, (await Read(new EmissionFactorShareFigure())).Value);
        Assert.Equal(2.0 / 4, (await Read(new RecyclableShareFigure())).Value);
        Assert.Equal(1, (await Read(new ActiveApiKeysFigure())).Value); // key_1 only: revoked, customer's and disabled user's keys do not count
        Assert.Equal(2, (await Read(new NetworkSizeFigure())).Value);
        Assert.Equal(1.0, (await Read(new LeastPrivilegeFigure())).Value); // planner and operator; the designer is disabled
        Assert.Equal(2, (await Read(new StaffRolesFigure())).Value);
        Assert.Equal(1, (await Read(new AssessmentsPerYearFigure())).Value);

        var empty = new EvidenceQuery(c, "fac_nothing", Now);
        Assert.Null((await new TemplateShareFigure().ReadAsync(empty, default)).Value);
        Assert.Null((await new CalendarShareFigure().ReadAsync(empty, default)).Value);
        Assert.Contains("No machines", (await new DowntimeShareFigure().ReadAsync(empty, default)).Detail, StringComparison.Ordinal);
    }
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ShopFloorQuoteAndPactFigures_HandMadeData_GiveTheExpectedValues(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await new FactoryStore(db.Database).InsertAsync(KwunTongDemo.Factory, Now, default);
        await new FactoryStore(db.Database).InsertAsync(KwunTongDemo.Factory with { Id = "fac_second" }, Now, default);
        await using var c = await db.Database.OpenAsync();
        const string f = KwunTongDemo.FactoryId;
        var ms = Now.ToUnixTimeMilliseconds();
        var day = 24L * 3600 * 1000;
        var today = ms - ms % day;
        const string json = "{}";
        await c.ExecuteAsync(
            $"""
            INSERT INTO machines (id, factory_id, name, model, idle_power_kw, working_power_kw, hourly_rate, created_at_ms, updated_at_ms) VALUES
              ('mch_1', '{f}', 'm1', 'x', 1, 2, '1', 0, 0), ('mch_2', '{f}', 'm2', 'x', 1, 2, '1', 0, 0), ('mch_3', '{f}', 'm3', 'x', 1, 2, '1', 0, 0),
              ('mch_4', '{f}', 'm4', 'x', 1, 2, '1', 0, 0), ('mch_5', 'fac_second', 'm5', 'x', 1, 2, '1', 0, 0);
            INSERT INTO machine_state_changes (machine_id, factory_id, state, at_ms, source, message_key, recorded_at_ms) VALUES
              ('mch_1', '{f}', 'running', {ms - 2 * day}, 'mqtt', 'a', 0), ('mch_2', '{f}', 'running', {ms - 10 * day}, 'http', 'b', 0),
              ('mch_3', '{f}', 'running', {today + 1000}, 'simulation', 'c', 0), ('mch_3', '{f}', 'idle', {today + 2000}, 'operator', 'd', 0),
              ('mch_1', '{f}', 'idle', {today - 400 * day}, 'mqtt', 'e', 0), ('mch_5', 'fac_second', 'idle', {today - 3 * day}, 'mqtt', 'f', 0);
            INSERT INTO machine_counts (machine_id, good, scrap, at_ms, source, message_key, recorded_at_ms) VALUES ('mch_2', 1, 0, {ms - day}, 'http', 'g', 0);
            INSERT INTO machine_energy_readings (machine_id, kwh, at_ms, source, message_key, recorded_at_ms) VALUES ('mch_4', 1.5, {ms - 8 * day}, 'mqtt', 'h', 0);
            INSERT INTO customers (id, name, email, created_at_ms, updated_at_ms) VALUES ('cus_a', 'A', 'a@x', 0, 0);
            INSERT INTO orders (id, customer_id, factory_id, status, created_at_ms, updated_at_ms) VALUES ('ord_1', 'cus_a', '{f}', 'Confirmed', 0, 0);
            INSERT INTO quotes (id, customer_id, factory_id, created_by, created_at_ms, expires_at_ms, plan_version, deadline_ms, request_json, lines_json, options_json) VALUES
              ('quo_accepted', 'cus_a', '{f}', 'u', {ms - 5 * day}, {ms - 4 * day}, 1, 0, '{json}', '[]', '[]'),
              ('quo_expired', 'cus_a', '{f}', 'u', {ms - 5 * day}, {ms - 4 * day}, 1, 0, '{json}', '[]', '[]'),
              ('quo_expired2', 'cus_a', '{f}', 'u', {ms - 6 * day}, {ms - 5 * day}, 1, 0, '{json}', '[]', '[]'),
              ('quo_open', 'cus_a', '{f}', 'u', {ms - 1000}, {ms + day}, 1, 0, '{json}', '[]', '[]'),
              ('quo_old', 'cus_a', '{f}', 'u', {ms - 200 * day}, {ms - 199 * day}, 1, 0, '{json}', '[]', '[]'),
              ('quo_other', 'cus_a', 'fac_second', 'u', {ms - 5 * day}, {ms - 4 * day}, 1, 0, '{json}', '[]', '[]');
            INSERT INTO quote_acceptances (order_id, quote_id, idempotency_key, option_kind, accepted_by, accepted_at_ms) VALUES ('ord_1', 'quo_accepted', 'k', 'greenest', 'u', {ms - 5 * day});
            INSERT INTO plan_versions (factory_id, version, created_at_ms, reason, events_json, kpis_json, operations_json) VALUES
              ('{f}', 1, 0, 'r', '[]', '{json}', '[["op_a","mch_1",0,1]]'),
              ('{f}', 2, 0, 'r', '[]', '{json}', '[["op_a","mch_1",0,1],["op_b","mch_1",1,2],["op_c","mch_2",0,1],["op_d","mch_2",1,2]]');
            INSERT INTO plan_pins (operation_id, factory_id, machine_id, start_ms, user_id, created_at_ms) VALUES ('op_b', '{f}', 'mch_1', 1, 'u', 0), ('op_gone', '{f}', 'mch_1', 1, 'u', 0);
            INSERT INTO users (id, email, display_name, role, customer_id, created_at_ms, disabled_at_ms) VALUES ('usr_p', 'p@x', 'p', 'planner', NULL, 0, NULL), ('usr_d', 'd@x', 'd', 'designer', NULL, 0, 7);
            INSERT INTO api_keys (id, user_id, name, key_hash, created_at_ms, revoked_at_ms) VALUES
              ('key_1', 'usr_p', 'erp', 'h1', 0, NULL), ('key_2', 'usr_p', 'old', 'h2', 0, 9), ('key_3', 'usr_d', 'gone', 'h3', 0, NULL);
            INSERT INTO pact_clients (id, name, secret_hash, created_by, created_at_ms, revoked_at_ms, origin) VALUES
              ('pcl_1', 'buyer', 'h', 'u', 0, NULL, 'api'), ('pcl_2', 'config', 'h', 'u', 0, NULL, 'configuration'), ('pcl_3', 'revoked', 'h', 'u', 0, 5, 'api');
            INSERT INTO units (serial, factory_id, order_id, line_id, line_number, unit, template_id, template_version, status, started_at_ms, completed_at_ms, as_built_json) VALUES
              ('U1', '{f}', 'ord_1', 'l1', 1, 1, 't', '1.0.0', 'Completed', {ms - 3 * day}, {ms - 2 * day}, '{json}'),
              ('U2', '{f}', 'ord_1', 'l1', 1, 2, 't', '1.0.0', 'Completed', {ms - 3 * day}, {ms - 2 * day}, '{json}'),
              ('U3', '{f}', 'ord_1', 'l1', 1, 3, 't', '1.0.0', 'InProduction', {ms - 3 * day}, NULL, NULL),
              ('U4', '{f}', 'ord_1', 'l1', 1, 4, 't', '1.0.0', 'Completed', {ms - 500 * day}, {ms - 400 * day}, '{json}');
            INSERT INTO product_footprints (id, factory_id, kind, subject, template_id, template_version, serial, product_ids, product_name, product_description, status,
              preceding_ids, created_at_ms, valid_from_ms, valid_until_ms, reference_start_ms, reference_end_ms, geography_country, kg_co2e_per_unit, breakdown_json) VALUES
              ('pf_1', '{f}', 'actual', 'unit:U1', 't', '1.0.0', 'U1', '[]', 'p', 'd', 'Active', '[]', 0, 0, 1, 0, 1, 'HK', '1', '{json}'),
              ('pf_4', '{f}', 'actual', 'unit:U4', 't', '1.0.0', 'U4', '[]', 'p', 'd', 'Active', '[]', 0, 0, 1, 0, 1, 'HK', '1', '{json}');
            """);
        var query = new EvidenceQuery(c, f, Now);

        var telemetry = await new TelemetryMachineShareFigure().ReadAsync(query, default);
        Assert.Equal(2.0 / 4, telemetry.Value); // mch_1 (MQTT state) and mch_2 (HTTP count); mch_3 only simulated and by hand, mch_4's reading is 8 days old
        Assert.Contains("The simulated twin ran 1 of them", telemetry.Detail, StringComparison.Ordinal);
        Assert.Equal(3, (await new OeeHistoryDaysFigure().ReadAsync(query, default)).Value); // 10 and 2 days ago, and today; 400 days ago is past the year, fac_second not ours
        Assert.Equal(1.0 / 3, (await new QuoteAcceptedShareFigure().ReadAsync(query, default)).Value); // accepted of accepted + 2 expired; open and old ones left out
        var scheduler = await new SchedulerShareFigure().ReadAsync(query, default);
        Assert.Equal(3.0 / 4, scheduler.Value); // version 2: op_b pinned; a pin of an operation no longer planned does not count
        Assert.Contains("1 pinned by hand", scheduler.Detail, StringComparison.Ordinal);
        Assert.Equal(2.0 / 3, (await new PactClientShareFigure().ReadAsync(query, default)).Value); // pcl_1, pcl_2 of those and key_1 (revoked clients and keys, and a disabled user's key, do not count)
        var passports = await new PassportShareFigure().ReadAsync(query, default);
        Assert.Equal(1.0 / 2, passports.Value); // U1 has its actual footprint, U2 not yet; U3 is unfinished, U4 finished over a year ago
        Assert.Contains("1 of the 2 units finished in the last year have a full passport", passports.Detail, StringComparison.Ordinal);

        var empty = new EvidenceQuery(c, "fac_nothing", Now);
        Assert.Null((await new TelemetryMachineShareFigure().ReadAsync(empty, default)).Value);
        Assert.Equal(0, (await new OeeHistoryDaysFigure().ReadAsync(empty, default)).Value);
        Assert.Null((await new QuoteAcceptedShareFigure().ReadAsync(empty, default)).Value);
        Assert.Null((await new SchedulerShareFigure().ReadAsync(empty, default)).Value);
        Assert.Null((await new PassportShareFigure().ReadAsync(empty, default)).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CopilotQuestionsFigure_HandMadeUsage_CountsAnsweredQuestionsOfTheLastSevenDays(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var c = await db.Database.OpenAsync();
        var query = new EvidenceQuery(c, KwunTongDemo.FactoryId, Now);
        var none = await new CopilotQuestionsFigure().ReadAsync(query, default);
        var ms = Now.ToUnixTimeMilliseconds();
        var day = 24L * 3600 * 1000;
        await c.ExecuteAsync(
            $"""
            INSERT INTO copilot_usage (asked_at_ms, user_id, role, engine, kind, language, latency_ms, answered) VALUES
              ({ms - day}, 'usr_o', 'operator', 'microfactory-offline', 'answer', 'en', 12, 1),
              ({ms - 7 * day}, 'usr_p', 'planner', 'model', 'proposal', 'zh-Hant', 900, 1),
              ({ms - 2 * day}, 'usr_c', 'customer', 'microfactory-offline', 'noData', 'en', 8, 0),
              ({ms - 3 * day}, 'usr_p', 'planner', 'microfactory-offline', 'clarify', 'zh-Hant', 5, 0),
              ({ms - 7 * day - 1}, 'usr_o', 'operator', 'microfactory-offline', 'draft', 'en', 30, 1),
              ({ms - 30 * day}, 'usr_o', 'operator', 'microfactory-offline', 'answer', 'en', 10, 1),
              ({ms + 60_000}, 'usr_o', 'operator', 'microfactory-offline', 'answer', 'en', 10, 1);
            """);

        var figure = await new CopilotQuestionsFigure().ReadAsync(query, default);

        Assert.Equal("copilot.questions-per-week", figure.Figure);
        Assert.Equal(2, figure.Value); // a day and exactly 7 days ago; not the unanswered two, nor those before the window or after now
        Assert.Equal("The copilot answered 2 of the 4 questions asked in the last 7 days.", figure.Detail);
        Assert.Equal((0d, "Nobody asked the copilot anything in the last 7 days."), (none.Value!.Value, none.Detail));
    }
}
