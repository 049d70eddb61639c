// Commander's own errors (unknown option, missing value, too many arguments) as the tool's
// messages, so they come in the user's language with our "did you mean". Commander calls these
// methods while parsing; throwing a UsageError from them ends the run with exit code 2.
import { Command, type Option } from "commander";
import { UsageError } from "../errors.js";
import { didYouMean } from "../text/similar.js";

export class GuidelintCommand extends Command {
  override createCommand(name?: string): GuidelintCommand {
    return new GuidelintCommand(name);
  }

  /** The command as the user types it after `guidelint` (empty for the program itself). */
  private commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c?.parent; c = c.parent) names.unshift(c.name());
    return names.join(" ");
  }

  // Commander's own switches (allowUnknownOption, allowExcessArguments) still win.
  private allows(flag: "_allowUnknownOption" | "_allowExcessArguments"): boolean {
    return (this as unknown as Record<string, unknown>)[flag] === true;
  }

  unknownOption(flag: string): void {
    if (this.allows("_allowUnknownOption")) return;
    const candidates: string[] = ["--help"];
    for (let c: Command | null = this; c; c = c.parent) candidates.push(...c.options.map((o) => o.long).filter((l): l is string => !!l));
    throw new UsageError("unknownOption", {
      option: flag,
      command: this.commandPath(),
      suggestion: flag.startsWith("--") ? didYouMean(flag.split("=")[0], candidates) : "",
    });
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError("optionMissingArgument", { option: option.flags });
  }

  missingMandatoryOptionValue(option: Option): never {
    throw new UsageError("missingRequiredOption", { command: this.commandPath(), option: option.flags });
  }

  missingArgument(name: string): never {
    throw new UsageError("missingArgument", { command: this.commandPath(), argument: name });
  }

  _excessArguments(received: string[]): void {
    if (this.allows("_allowExcessArguments")) return;
    const expected = this.registeredArguments.length;
    throw new UsageError("excessArguments", { command: this.commandPath(), expected, received: received.length, extra: received.slice(expected).join(" ") });
  }
}
