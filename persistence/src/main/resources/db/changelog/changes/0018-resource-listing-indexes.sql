--liquibase formatted sql

--changeset loop:0018-resource-listing-indexes
--comment: Every listing of published resources reads through an index, whatever its filters and
--comment: sort. The scalar filters (type, country, licence) each get an index in the NEWEST order,
--comment: so that a rare value is found without reading the bank; the RATING sort gets one on the
--comment: expression it orders by (the average, 0 when unrated; ResourceSearch writes it the same
--comment: way), so that its first page and the pages after a cursor are index range scans.
create index learning_resource_type_published on learning_resource (type, published_at desc, id desc)
    where status = 'PUBLISHED';
create index learning_resource_country_published on learning_resource (country, published_at desc, id desc)
    where status = 'PUBLISHED';
create index learning_resource_licence_published on learning_resource (licence, published_at desc, id desc)
    where status = 'PUBLISHED';
create index learning_resource_rating on learning_resource (
        (coalesce(cast(rating_sum as numeric) / nullif(rating_count, 0), 0)) desc, published_at desc, id desc)
    where status = 'PUBLISHED';
--rollback drop index learning_resource_rating; drop index learning_resource_licence_published; drop index learning_resource_country_published; drop index learning_resource_type_published;
