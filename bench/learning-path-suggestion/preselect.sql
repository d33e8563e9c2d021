-- The two queries of a suggestion whose work grows with the bank, as
-- RecommendationCandidateRepository writes them, for a caller with the languages :'languages'
-- and the topics (training needs and interests) :'topics', comma-separated.
\set plan 'explain (analyze, buffers, costs off, timing off, summary on)'
\echo '-- the 500 candidates (RecommendationCandidateRepository.preselect)'
:plan select r.id, r.languages, r.career_stages, r.profile_dimensions, r.topics, r.rating_sum, r.rating_count
    from learning_resource r
    where r.status = 'PUBLISHED'
      and (:'languages' = '' or r.languages && string_to_array(:'languages', ','))
      and not (r.id = any (cast(string_to_array('', ',') as uuid[])))
    order by r.topics && string_to_array(:'topics', ',') desc,
      coalesce(cast(r.rating_sum as numeric) / nullif(r.rating_count, 0), 0) desc, r.published_at desc, r.id
    limit 500;
\echo '-- the bank''s mean rating (RecommendationCandidateRepository.meanRating)'
:plan select cast(sum(r.rating_sum) as float8) / nullif(sum(r.rating_count), 0)
    from learning_resource r where r.status = 'PUBLISHED' and r.rating_count > 0;
