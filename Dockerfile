# The App Store Connect emulator as a container, for tests that are not in Rust.
# Not built in CI: asc-emulator/tests/binary.rs tests the program it wraps.
#
#   docker build -t asc-emulator .
#   docker run --rm -p 8080:8080 -v "$PWD/asc-key:/keys" asc-emulator
#
# The key is written to /keys/AuthKey_KEYID.p8 (mount a volume there), or taken
# from ASC_EMULATOR_KEY / ASC_EMULATOR_KEY_ID / ASC_EMULATOR_ISSUER_ID.
FROM rust:1-slim-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends cmake clang && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p asc-emulator

FROM debian:bookworm-slim
COPY --from=build /src/target/release/asc-emulator /usr/local/bin/asc-emulator
RUN mkdir /keys
VOLUME /keys
EXPOSE 8080
# Listens on every interface of the container so that -p 8080:8080 reaches it;
# the printed ASC_BASE_URL is http://127.0.0.1:8080, the address on the host.
ENTRYPOINT ["asc-emulator", "--host", "0.0.0.0", "--port", "8080", "--key-dir", "/keys"]
