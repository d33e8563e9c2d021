-- The first page of a search for :'q', as ResourceSearch.page writes it (changelog 0018), run
-- with the planner's free choice and then as the listing runs it (index paths only).
\set plan 'explain (analyze, costs off, timing off, summary on)'
\o /dev/null
select 1;
\o
\echo '-- planner free to choose'
:plan with m as (select r.id, r.published_at, r.rating_sum, r.rating_count, r.search_vector, r.search_config
    from learning_resource r where r.status = 'PUBLISHED' and r.search_vector @@ resource_search_any(:'q')
    order by r.published_at desc, r.id desc limit 1000),
  c as (select m.id, m.published_at, ts_rank_cd(m.search_vector, resource_search_query(m.search_config, :'q')) as rank
    from m where m.search_vector @@ resource_search_query(m.search_config, :'q'))
  select cast(c.rank as text), cast(c.id as text) from c order by c.rank desc, c.id asc limit 21;
begin;
select set_config('enable_seqscan', 'off', true);
\echo '-- index paths only (as the listing runs it)'
:plan with m as (select r.id, r.published_at, r.rating_sum, r.rating_count, r.search_vector, r.search_config
    from learning_resource r where r.status = 'PUBLISHED' and r.search_vector @@ resource_search_any(:'q')
    order by r.published_at desc, r.id desc limit 1000),
  c as (select m.id, m.published_at, ts_rank_cd(m.search_vector, resource_search_query(m.search_config, :'q')) as rank
    from m where m.search_vector @@ resource_search_query(m.search_config, :'q'))
  select cast(c.rank as text), cast(c.id as text) from c order by c.rank desc, c.id asc limit 21;
commit;
