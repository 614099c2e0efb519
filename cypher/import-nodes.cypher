// Upserts entity nodes of any kind (transfers and links have their own statements). The store sends only nodes whose canonical
// JSON changed, so an unchanged node is never rewritten. `SET n = row.props` replaces every property, so a property
// dropped from the dataset is dropped here too. Labels cannot be parameters in Cypher 5 before 5.26, hence FOREACH.
// @param rows LIST<MAP> [{id, kind: 'Program', organizationLabel: 'University'|null, props: {id, nameJa, nameEn, json, …}}]
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props
FOREACH (_ IN CASE WHEN row.kind = 'Source' THEN [1] ELSE [] END | SET n:Source)
FOREACH (_ IN CASE WHEN row.kind = 'Ministry' THEN [1] ELSE [] END | SET n:Ministry)
FOREACH (_ IN CASE WHEN row.kind = 'Agency' THEN [1] ELSE [] END | SET n:Agency)
FOREACH (_ IN CASE WHEN row.kind = 'Program' THEN [1] ELSE [] END | SET n:Program)
FOREACH (_ IN CASE WHEN row.kind = 'Region' THEN [1] ELSE [] END | SET n:Region)
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Project' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN row.kind = 'ClusterProject' THEN [1] ELSE [] END | SET n:ClusterProject)
FOREACH (_ IN CASE WHEN row.kind = 'Cohort' THEN [1] ELSE [] END | SET n:Cohort)
FOREACH (_ IN CASE WHEN row.kind = 'Outcome' THEN [1] ELSE [] END | SET n:Outcome)
// An organization's kind may change between imports: clear the old kind label before setting the new one.
REMOVE n:University:Company:PublicResearchInstitute:LocalGovernment:Association:Tlo:GovernmentOffice:OtherOrganization:CoordinationBody
FOREACH (_ IN CASE WHEN row.organizationLabel = 'University' THEN [1] ELSE [] END | SET n:University)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'Company' THEN [1] ELSE [] END | SET n:Company)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'PublicResearchInstitute' THEN [1] ELSE [] END | SET n:PublicResearchInstitute)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'LocalGovernment' THEN [1] ELSE [] END | SET n:LocalGovernment)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'Association' THEN [1] ELSE [] END | SET n:Association)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'Tlo' THEN [1] ELSE [] END | SET n:Tlo)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'GovernmentOffice' THEN [1] ELSE [] END | SET n:GovernmentOffice)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'OtherOrganization' THEN [1] ELSE [] END | SET n:OtherOrganization)
FOREACH (_ IN CASE WHEN row.organizationLabel = 'CoordinationBody' THEN [1] ELSE [] END | SET n:CoordinationBody)
RETURN count(n) AS written
