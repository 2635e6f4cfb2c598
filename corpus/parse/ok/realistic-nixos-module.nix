{ config, lib, pkgs, ... }:

with lib;

let
  cfg = config.services.exampled;

  settingsFormat = pkgs.formats.toml { };
  configFile = settingsFormat.generate "exampled.toml" cfg.settings;

  stateDir = "/var/lib/exampled";
in
{
  imports = [
    (mkRenamedOptionModule [ "services" "exampled" "port" ] [ "services" "exampled" "settings" "listen" "port" ])
  ];

  options.services.exampled = {
    enable = mkEnableOption "the example daemon";

    package = mkOption {
      type = types.package;
      default = pkgs.exampled;
      defaultText = literalExpression "pkgs.exampled";
      description = "Package to use.";
    };

    user = mkOption {
      type = types.str;
      default = "exampled";
      description = "User account under which exampled runs.";
    };

    openFirewall = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to open the listen port in the firewall.
      '';
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = settingsFormat.type;
        options.listen = {
          address = mkOption { type = types.str; default = "127.0.0.1"; };
          port = mkOption { type = types.port; default = 8080; };
        };
      };
      default = { };
      example = { listen.port = 9000; log.level = "debug"; };
    };

    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.settings.listen.port != 0;
        message = "services.exampled.settings.listen.port must not be 0";
      }
    ];

    users.users.${cfg.user} = {
      isSystemUser = true;
      group = cfg.user;
      home = stateDir;
    };
    users.groups.${cfg.user} = { };

    networking.firewall.allowedTCPPorts =
      optional cfg.openFirewall cfg.settings.listen.port;

    systemd.services.exampled = {
      description = "Example daemon";
      wantedBy = [ "multi-user.target" ];
      after = [ "network.target" ];
      environment.HOME = stateDir;
      serviceConfig = {
        ExecStart = "${cfg.package}/bin/exampled --config ${configFile} ${escapeShellArgs cfg.extraArgs}";
        User = cfg.user;
        Restart = "on-failure";
        StateDirectory = baseNameOf stateDir;
        ProtectSystem = "strict";
        PrivateTmp = true;
        NoNewPrivileges = true;
      };
      preStart = ''
        if [ ! -f ${stateDir}/.initialized ]; then
          ${cfg.package}/bin/exampled --init
          touch ${stateDir}/.initialized
        fi
      '';
    };
  };

  meta.maintainers = with maintainers; [ alice ];
}
