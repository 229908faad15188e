-- SQL Server initialisation for docker-compose.yml (run once by the sqlserver-init service, as sa).
-- One database per service: each service owns its database and never reads another's tables. Each service logs in with
-- its own login, which owns its own database (db_owner: its migrations create tables, Hangfire its schema) and has no
-- rights anywhere else. Passwords come in as sqlcmd variables from the environment (docker-compose.yml):
--   $(RegistryPassword), $(RiskPassword), $(WebPassword)
-- Idempotent: running it again creates nothing twice and sets the passwords again (that is how to rotate them).
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

-- Logins (server level): CHECK_POLICY applies the server's password rules.
IF SUSER_ID(N'supplier_registry') IS NULL
    CREATE LOGIN [supplier_registry] WITH PASSWORD = N'$(RegistryPassword)', DEFAULT_DATABASE = [SupplierRegistry], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [supplier_registry] WITH PASSWORD = N'$(RegistryPassword)';
GO
IF SUSER_ID(N'risk_scoring') IS NULL
    CREATE LOGIN [risk_scoring] WITH PASSWORD = N'$(RiskPassword)', DEFAULT_DATABASE = [RiskScoring], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [risk_scoring] WITH PASSWORD = N'$(RiskPassword)';
GO
IF SUSER_ID(N'web') IS NULL
    CREATE LOGIN [web] WITH PASSWORD = N'$(WebPassword)', DEFAULT_DATABASE = [Web], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [web] WITH PASSWORD = N'$(WebPassword)';
GO

-- Each login is a user in its own database only, owning it.
USE [SupplierRegistry];
IF USER_ID(N'supplier_registry') IS NULL CREATE USER [supplier_registry] FOR LOGIN [supplier_registry];
ALTER ROLE [db_owner] ADD MEMBER [supplier_registry];
GO
USE [RiskScoring];
IF USER_ID(N'risk_scoring') IS NULL CREATE USER [risk_scoring] FOR LOGIN [risk_scoring];
ALTER ROLE [db_owner] ADD MEMBER [risk_scoring];
GO
USE [Web];
IF USER_ID(N'web') IS NULL CREATE USER [web] FOR LOGIN [web];
ALTER ROLE [db_owner] ADD MEMBER [web];
GO
USE [master];
GO

SELECT d.name AS [database], d.state_desc AS [state], p.name AS [owner_login]
FROM sys.databases d
LEFT JOIN sys.server_principals p ON p.name IN (N'supplier_registry', N'risk_scoring', N'web')
    AND p.default_database_name = d.name
WHERE d.name IN (N'SupplierRegistry', N'QuestionnaireCampaigns', N'DocumentCollection', N'RiskScoring', N'Web')
ORDER BY d.name;
GO
