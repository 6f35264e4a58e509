# syntax=docker/dockerfile:1
# Temple in a container: built with the Maven wrapper on a JDK 25, run on a JRE 25 as a user without privileges.
# See docs/deploy.md; compose.yaml runs two of these behind nginx on one PostgreSQL.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# the wrapper and the dependencies first, so that a change to the code alone does not download them again
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q --no-transfer-progress dependency:resolve dependency:resolve-plugins || true
COPY src/ src/
COPY content/ content/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q --no-transfer-progress -DskipTests package \
    && cp target/temple-*.jar /temple.jar

FROM eclipse-temurin:25-jre
# one system user; its home holds the embedded database of a try-out and the mount points of the volumes, created
# here so that a new named volume is owned by this user (Docker copies the mount point's owner into it)
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/temple --create-home --shell /usr/sbin/nologin temple \
    && mkdir -p /var/lib/temple/data /var/lib/temple/media /var/lib/temple/keyset \
    && chown -R temple:temple /var/lib/temple
COPY --from=build /temple.jar /opt/temple/temple.jar
USER temple
WORKDIR /var/lib/temple
ENV TEMPLE_DATA_DIR=/var/lib/temple/data \
    TEMPLE_MEDIA_DIR=/var/lib/temple/media \
    TEMPLE_FORWARD_HEADERS=native
EXPOSE 8080
# the heap follows the container's memory limit; the starting content travels in the jar (no content folder needed);
# the bean definitions come from the build's ahead-of-time processing, which shortens the start (docs/deploy.md)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-Dspring.aot.enabled=true", "-jar", "/opt/temple/temple.jar"]
