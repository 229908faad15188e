# One image per service, from the repository root:
#   docker build -f infra/docker/Service.Dockerfile --build-arg SERVICE=SupplierRegistry -t supplierdd/supplier-registry .
# SERVICE is the folder name under services/ (and the project and assembly name).
ARG SERVICE=SupplierRegistry

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG SERVICE
WORKDIR /src
# Build settings and central package versions first: they decide the restore.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY shared/ shared/
COPY services/${SERVICE}/ services/${SERVICE}/
# The Web app's build fetches its front-end libraries with npm (services/Web/package.json).
RUN if [ -f "services/${SERVICE}/package.json" ]; then \
      apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*; \
    fi
RUN dotnet restore "services/${SERVICE}/${SERVICE}.csproj"
RUN dotnet publish "services/${SERVICE}" -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
ARG SERVICE
ENV SERVICE=${SERVICE} \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
WORKDIR /app
COPY --from=build /app ./
# Uploaded import files; mount a volume here (Imports__StoragePath=/data/imports).
RUN mkdir -p /data/imports && chown -R "$APP_UID" /data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"/app/${SERVICE}.dll\" \"$@\"", "--"]
