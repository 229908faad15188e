-- SQL Server initialisation for docker-compose.yml (run once by the sqlserver-init service).
-- One database per service: each service owns its database and never reads another's tables.
-- Idempotent: running it again changes nothing. Tables come from each service's EF Core migrations.
SET NOCOUNT ON;
GO

IF DB_ID(N'SupplierRegistry') IS NULL CREATE DATABASE [SupplierRegistry];
GO
IF DB_ID(N'QuestionnaireCampaigns') IS NULL CREATE DATABASE [QuestionnaireCampaigns];
GO
IF DB_ID(N'DocumentCollection') IS NULL CREATE DATABASE [DocumentCollection];
GO
IF DB_ID(N'RiskScoring') IS NULL CREATE DATABASE [RiskScoring];
GO
IF DB_ID(N'Web') IS NULL CREATE DATABASE [Web];
GO

SELECT name AS [database], state_desc AS [state]
FROM sys.databases
WHERE name IN (N'SupplierRegistry', N'QuestionnaireCampaigns', N'DocumentCollection', N'RiskScoring', N'Web')
ORDER BY name;
GO
